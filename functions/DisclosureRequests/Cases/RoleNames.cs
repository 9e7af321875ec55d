namespace DisclosureRequests.Cases;

/// <summary>What each staff role is called in the agency.</summary>
public static class RoleNames
{
    public static string ToChinese(string role) => role switch
    {
        StaffRoles.CaseOfficer => "承办人",
        StaffRoles.LegalReviewer => "审查人",
        StaffRoles.Approver => "信息公开工作机构负责人",
        StaffRoles.Administrator => "管理员",
        _ => role,
    };
}
