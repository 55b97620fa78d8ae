using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PatientPortal.Web.Common;

/// <summary>The cookie scheme for signed-in patients, kept apart from the host's own (backoffice) schemes.</summary>
public static class PatientAuthentication
{
    public const string Scheme = "PatientPortal.Patient";

    public const string CookieName = ".PatientPortal.Patient";

    /// <summary>
    /// Every public page reads the patient cookie, signed in or not, so a page knows who is signed in and the
    /// antiforgery token a form was given is checked against the same user when it is posted. (Reading it only on
    /// the signed-in pages made every form they rendered fail on a page that did not: sign-out answered 400.)
    /// </summary>
    public const string PagesPolicy = "PatientPortal.Pages";

    public static ClaimsPrincipal Principal(Guid patientId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, patientId.ToString())], Scheme));

    /// <summary>
    /// Signs the patient in with a new session: whatever patient session this browser had before is ended, never carried
    /// over. Every patient sign-in goes through here.
    /// </summary>
    public static async Task SignInNewSessionAsync(HttpContext context, Guid patientId)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Cookies.ContainsKey(CookieName))
        {
            await context.SignOutAsync(Scheme);
        }

        // The request's own cookie handler remembers the session key it read from the cookie, and signing in with it
        // renews that key instead of storing a new session (dotnet/aspnetcore#22135): the browser would keep a session
        // from before (someone else's, or one just ended). A handler of its own finds the ended session gone and starts
        // a new one.
        await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var handlers = scope.ServiceProvider.GetRequiredService<IAuthenticationHandlerProvider>();
        if (await handlers.GetHandlerAsync(context, Scheme) is not IAuthenticationSignInHandler handler)
        {
            throw new InvalidOperationException($"The {Scheme} scheme cannot sign in.");
        }

        await handler.SignInAsync(Principal(patientId), new AuthenticationProperties());
    }

    public static Guid? PatientId(ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType == Scheme && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
