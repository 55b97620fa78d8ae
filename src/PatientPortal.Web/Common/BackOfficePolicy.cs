namespace PatientPortal.Web.Common;

public static class BackOfficePolicy
{
    /// <summary>
    /// The policy name Umbraco defines for backoffice users
    /// (<c>Umbraco.Cms.Web.Common.Authorization.AuthorizationPolicies.BackOfficeAccess</c>). An Umbraco site
    /// satisfies it with its own backoffice sign-in; any other host registers a policy of this name.
    /// </summary>
    public const string Name = "BackOfficeAccess";
}
