using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Attachments;
using DisclosureRequests.Core.Calendar;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Health;
using DisclosureRequests.Core.Imports;
using DisclosureRequests.Core.Intake;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Pages;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Reports;
using DisclosureRequests.Core.Reports.Document;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Staff;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Core.Throttling;
using Microsoft.AspNetCore.Diagnostics;

namespace DisclosureRequests.Core.Hosting;

public static class AppSetup
{
    public static WebApplicationBuilder AddDisclosureRequests(this WebApplicationBuilder builder)
    {
        if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null)
            builder.WebHost.UseUrls(HostMode.ListenUrl(builder.Configuration));
        builder.Services.AddDisclosureRequests(builder.Configuration);
        return builder;
    }

    /// <summary>Everything the handlers need, the same for both hosts; standalone also runs the triggers in-process.</summary>
    public static IServiceCollection AddDisclosureRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        // The request log writes each URL whole: a staff search's query string holds an applicant's name, and a
        // release link's holds the signature that opens it.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning));
        services.AddSingleton(_ => StorageClients.FromConfiguration(configuration));
        services.AddSingleton(_ => WorkingDayCalendar.Official);
        services.AddSingleton<CalendarYearStore>();
        services.AddSingleton<WorkingDayCalendars>();
        services.AddSingleton<CalendarReplanning>();
        services.AddSingleton<CalendarPublication>();
        services.AddSingleton(configuration.GetSection("Workflow").Get<WorkflowSettings>() ?? new WorkflowSettings());
        services.AddSingleton<CaseStore>();
        // A case not written yet is registered when asked for: the registrar writes through the commands, which use the store.
        services.AddSingleton<Func<IPendingCases>>(provider => provider.GetRequiredService<ApplicationRegistrar>);
        services.AddSingleton<PendingApplications>();
        services.AddSingleton(IntakeSettings.FromConfiguration(configuration));
        services.AddSingleton<ApplicationRegistrar>();
        services.AddSingleton<PartitionBatches>();
        services.AddSingleton<DueTimerIndex>();
        services.AddSingleton<ICaseProjection, WorklistProjection>();
        services.AddSingleton<Worklist>();
        services.AddSingleton<ApplicantMonthlyItems>();
        services.AddSingleton<IFunctionHandler, DeadlineSweep>();
        services.AddSingleton<ICaseProjection, CaseStatisticsProjection>();
        services.AddSingleton<CaseStatisticsReader>();
        services.AddSingleton<AnnualReportStore>();
        services.AddSingleton<AnnualReportResults>();
        services.AddSingleton<AnnualReportService>();
        // In-process unless the host runs orchestrations: standalone replaces it, the worker's functions bring their client.
        services.AddSingleton<IAnnualReportCompiles>(provider => provider.GetRequiredService<AnnualReportService>());
        services.AddSingleton<AnnualReportDocumentStore>();
        services.AddSingleton<AnnualReportDocuments>();
        services.AddSingleton<IFunctionHandler, AnnualReportFunction>();
        services.AddSingleton<TrackingNumbers>();
        services.AddSingleton<CaseCommands>();
        // The commands deliver what they commit, and delivery records a late e-mail through them: resolved when used.
        services.AddSingleton<Func<CaseCommands>>(provider => provider.GetRequiredService<CaseCommands>);
        services.AddSingleton(new Cases.Orchestration.CaseOrchestrationMode(HostMode.OrchestrationsRun(configuration)));
        services.AddSingleton<AccessCodeIssuer>();
        services.AddSingleton<EmailConfirmationCodes>();
        services.AddSingleton<ApplicationIntake>();
        services.AddSingleton<CaseImporter>();
        services.AddHostedService<StorageInitializer>();
        services.AddNotifications(configuration);
        services.AddRateLimits(configuration);
        services.AddSingleton<PageFiles>();
        services.AddSingleton<StaffDirectory>();

        if (HostMode.RunsTriggersInProcess(configuration))
        {
            services.AddHostedService<StandaloneTimers>();
            services.AddHostedService<StandaloneQueues>();
        }

        services.AddAuthentication(ClientPrincipalAuthentication.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ClientPrincipalAuthentication>(ClientPrincipalAuthentication.SchemeName, null);
        services.AddAuthorization();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = FrameworkProblems.InChinese);
        services.ConfigureHttpJsonOptions(o => Json.Configure(o.SerializerOptions));
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DisclosureRequests API";
            document.Info.Description = "政府信息公开申请办理系统 — applications, cases, deadlines and the annual report.";
            return Task.CompletedTask;
        }).AddCodeSets());
        return services;
    }

    public static WebApplication UseDisclosureRequests(this WebApplication app)
    {
        app.UseDisclosureRequestsPipeline(app.Configuration);
        app.MapDisclosureRequests();
        return app;
    }

    /// <summary>
    /// The middleware every request passes, in order, before its endpoint runs: errors as problem details, the
    /// calendar refresh, the signed-in principal, rate limits, body rules and the endpoint's roles.
    /// </summary>
    public static IApplicationBuilder UseDisclosureRequestsPipeline(this IApplicationBuilder app, IConfiguration configuration)
    {
        // Refuse to start without the access-code secret rather than fail the first filing.
        app.ApplicationServices.GetRequiredService<AccessCodeIssuer>();
        app.UseClientAddresses(configuration);
        app.UseExceptionHandler(errors => errors.Run(context =>
        {
            var failure = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            return failure switch
            {
                Azure.RequestFailedException or HttpRequestException => Problem.Write(context, ProblemTypes.StorageUnavailable, StatusCodes.Status503ServiceUnavailable),
                BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem.Write(context, ProblemTypes.PayloadTooLarge, StatusCodes.Status413PayloadTooLarge),
                BadHttpRequestException => Problem.Write(context, ProblemTypes.Validation, StatusCodes.Status400BadRequest),
                _ => Problem.Write(context, new ProblemType("unexpected", "系统内部错误，请稍后重试", "Unexpected error"), StatusCodes.Status500InternalServerError),
            };
        }));
        app.UseStatusCodePages(StatusProblems.WriteAsync);
        app.UseApiResponseHeaders();
        app.UseCalendarRefresh();
        app.UseAuthentication();
        app.UseMalformedPrincipalRefusal();
        app.UseStaffSignIns();
        app.UseRateLimiter();
        app.UseRequestBodyRules();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Every HTTP endpoint of the app: the API, the citizens' pages and the staff workspace.</summary>
    public static IEndpointRouteBuilder MapDisclosureRequests(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/api/openapi.json").AllowAnyone();
        app.MapHealthApi();
        app.MapCalendarApi();
        app.MapCalendarYearsApi();
        app.MapIntakeApi();
        app.MapTrackingApi();
        app.MapApplicantActionsApi();
        app.MapAccessCodeRecoveryApi();
        app.MapCasesApi();
        app.MapCaseActionsApi();
        app.MapAccessCodeReissueApi();
        app.MapCorrespondenceApi();
        app.MapDocumentsApi();
        app.MapReportsApi();
        app.MapAnnualReportDocumentApi();
        app.MapImportsApi();
        app.MapStaffApi();
        app.MapReplyOutcomesApi();
        app.MapPaperLettersApi();
        app.MapCitizenPages();
        app.MapStaffPages();
        return app;
    }
}
