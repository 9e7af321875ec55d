using System.Collections.Concurrent;
using System.Net.Mail;
using System.Security.Claims;
using Azure.Data.Tables;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Staff;

/// <summary>
/// The Staff table: one row per person, filled from the principals that sign in and edited by administrators.
/// Assignments pick a person from it; reminders and escalations find their addresses in it.
/// </summary>
public sealed class StaffDirectory(StorageClients storage, TimeProvider time)
{
    private const string Partition = "staff";

    // Who has been recorded by this process, with what: a sign-in writes only when something changed.
    private readonly ConcurrentDictionary<string, string> recorded = new(StringComparer.Ordinal);

    private TableClient Table => storage.Table(StorageNames.StaffTable);

    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken)
    {
        var members = new List<StaffMember>();
        await foreach (var row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
            members.Add(Member(row));
        return members.OrderBy(m => m.DisplayName, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
    }

    public async Task<StaffMember?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 256) return null;
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, Key(id), cancellationToken: cancellationToken);
        return row.HasValue && row.Value is not null ? Member(row.Value) : null;
    }

    /// <summary>The e-mail addresses of the active holders of a role, for reminders addressed to the role.</summary>
    public async Task<IReadOnlyList<string>> AddressesOfAsync(string role, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).Where(m => m.Holds(role) && m.Email is not null).Select(m => m.Email!).ToList();

    /// <summary>Records a signed-in staff member: new people join active, and the roles they hold now are kept.</summary>
    public async Task RecordSignInAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Identity?.Name is not { Length: > 0 and <= 256 } id) return;
        var roles = user.FindAll(ClientPrincipalAuthentication.RoleClaim).Select(c => c.Value).Where(Roles.All.Contains).Distinct().Order(StringComparer.Ordinal).ToList();
        if (roles.Count == 0) return;
        var displayName = user.FindFirst("name")?.Value is { Length: > 0 and <= 100 } shown ? shown : id;
        var fingerprint = string.Join(',', roles) + "|" + displayName;
        if (recorded.TryGetValue(id, out var seen) && seen == fingerprint) return;

        var existing = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, Key(id), cancellationToken: cancellationToken);
        var row = existing.HasValue && existing.Value is not null ? existing.Value : New(id, displayName, EmailOf(user, id));
        row["Roles"] = string.Join(',', roles);
        row["LastSignedInAt"] = time.GetUtcNow();
        await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        recorded[id] = fingerprint;
    }

    /// <summary>An administrator's change (or a person added before their first sign-in).</summary>
    public async Task<StaffMember> SaveAsync(string id, StaffMemberBody body, CancellationToken cancellationToken)
    {
        var existing = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, Key(id), cancellationToken: cancellationToken);
        var row = existing.HasValue && existing.Value is not null ? existing.Value : New(id.Trim(), id.Trim(), null);
        if (body.DisplayName is { } name) row["DisplayName"] = name.Trim();
        if (body.Email is { } email) row["Email"] = email.Trim();
        if (body.Roles is { } roles) row["Roles"] = string.Join(',', roles.Distinct().Order(StringComparer.Ordinal));
        if (body.Active is { } active) row["Active"] = active;
        await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        recorded.TryRemove(id, out _);
        return Member(row);
    }

    public static bool IsEmail(string? text) => text is { Length: > 0 and <= 254 } && MailAddress.TryCreate(text, out var parsed) && parsed.Address == text;

    private static string? EmailOf(ClaimsPrincipal user, string id) =>
        IsEmail(id) ? id
        : user.FindFirst(ClaimTypes.Email)?.Value is { } claimed && IsEmail(claimed) ? claimed
        : user.FindFirst("preferred_username")?.Value is { } preferred && IsEmail(preferred) ? preferred
        : null;

    private static TableEntity New(string id, string displayName, string? email) => new(Partition, Key(id))
    {
        ["Id"] = id,
        ["DisplayName"] = displayName,
        ["Email"] = email ?? "",
        ["Roles"] = "",
        ["Active"] = true,
    };

    // Sign-in names are case-insensitive; table keys may not hold '/', '\', '#' or '?'.
    private static string Key(string id) => Uri.EscapeDataString(id.Trim().ToLowerInvariant());

    private static StaffMember Member(TableEntity row) => new(
        row.GetString("Id"),
        row.GetString("DisplayName") is { Length: > 0 } name ? name : row.GetString("Id"),
        row.GetString("Email") is { Length: > 0 } email ? email : null,
        (row.GetString("Roles") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        row.GetBoolean("Active") ?? true,
        row.GetDateTimeOffset("LastSignedInAt"));
}
