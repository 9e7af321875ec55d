namespace DisclosureRequests.Core.Staff;

/// <summary>Adds everyone who signs in with a staff role to the directory, so assignments can name them.</summary>
public static class StaffSignIns
{
    public static IApplicationBuilder UseStaffSignIns(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var directory = context.RequestServices.GetRequiredService<StaffDirectory>();
            try
            {
                await directory.RecordSignInAsync(context.User, context.RequestAborted);
            }
            catch (Azure.RequestFailedException e)
            {
                // The request itself may still succeed; the next sign-in records the person.
                context.RequestServices.GetRequiredService<ILogger<StaffDirectory>>().LogWarning(e, "A sign-in could not be recorded in the staff directory");
            }
        }
        await next(context);
    });
}
