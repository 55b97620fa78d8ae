using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PatientPortal.Website.Admin;

namespace PatientPortal.BrowserTests.Backoffice;

/// <summary>
/// The current user the app is told about, from the real site's sign-in: a website admin user (the identity the
/// package's API accepts) has the Patient Portal section when its settings give it, and its permissions as the
/// fallback permissions a user group would grant; anyone not signed in is a content editor without the section, whom
/// the API refuses as well.
/// </summary>
public static class BackofficeUsers
{
    public const string Section = "PatientPortal.Section";

    /// <summary>A cookie that gives the current user another language (en-GB without it), as a user's setting in Umbraco would.</summary>
    public const string LanguageCookie = "harness-language";

    /// <summary>What the user may do to their own account: nothing here (the website admin's password lives in settings).</summary>
    public static IResult Configuration { get; } = Results.Json(new
    {
        keepUserLoggedIn = false,
        passwordConfiguration = new { minimumPasswordLength = 10, requireNonLetterOrDigit = false, requireDigit = false, requireLowercase = false, requireUppercase = false },
        allowChangePassword = false,
        allowTwoFactor = false,
    });

    public static async Task<IResult> CurrentAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var signedIn = await context.AuthenticateAsync(AdminAuthentication.Scheme);
        var language = context.Request.Cookies[LanguageCookie] ?? "en-GB";
        var admin = context.RequestServices.GetRequiredService<IOptionsMonitor<AdminOptions>>().CurrentValue;
        return signedIn.Succeeded && admin.Find(signedIn.Principal.Identity?.Name) is { } user
            ? User(user.Key.ToString(), user.Username, user.Username, user.Section ? [Section, "Umb.Section.Content"] : ["Umb.Section.Content"], [.. user.Permissions], language)
            : User("1e9f2b8c-0000-4000-8000-000000000002", "editor", "Content editor", ["Umb.Section.Content"], [], language);
    }

    private static IResult User(string id, string userName, string name, string[] sections, string[] permissions, string language) => Results.Json(new
    {
        email = $"{userName}@example.org",
        userName,
        name,
        userGroupIds = Array.Empty<object>(),
        id,
        languageIsoCode = language,
        documentStartNodeIds = Array.Empty<object>(),
        hasDocumentRootAccess = false,
        mediaStartNodeIds = Array.Empty<object>(),
        hasMediaRootAccess = false,
        avatarUrls = Array.Empty<string>(),
        languages = Array.Empty<string>(),
        hasAccessToAllLanguages = false,
        hasAccessToSensitiveData = false,
        fallbackPermissions = permissions,
        permissions = Array.Empty<object>(),
        allowedSections = sections,
        isAdmin = false,
    });
}
