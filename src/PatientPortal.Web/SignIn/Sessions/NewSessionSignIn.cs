using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PatientPortal.Web.SignIn.Sessions;

/// <summary>
/// Signs a browser in with a new server-side session: whatever session its cookie of that scheme had is ended, never
/// carried over. Every sign-in of a scheme that keeps its sessions in <see cref="DatabaseTicketStore"/> goes through here.
/// </summary>
public static class NewSessionSignIn
{
    public static async Task SignInAsync(HttpContext context, string scheme, ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cookie = context.RequestServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(scheme).Cookie.Name;
        if (cookie is not null && context.Request.Cookies.ContainsKey(cookie))
        {
            await context.SignOutAsync(scheme);
        }

        // The request's own cookie handler remembers the session key it read from the cookie, and signing in with it
        // renews that key instead of storing a new session (dotnet/aspnetcore#22135): the browser would keep a session
        // from before (someone else's, or one just ended). A handler of its own finds the ended session gone and starts
        // a new one.
        await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var handlers = scope.ServiceProvider.GetRequiredService<IAuthenticationHandlerProvider>();
        if (await handlers.GetHandlerAsync(context, scheme) is not IAuthenticationSignInHandler handler)
        {
            throw new InvalidOperationException($"The {scheme} scheme cannot sign in.");
        }

        await handler.SignInAsync(principal, new AuthenticationProperties());
    }
}
