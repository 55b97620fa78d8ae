using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignIn.Sessions;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.SignIn.Sessions;

/// <summary>
/// Keeps cookie sign-ins on the server (the cookie holds only the session key), so signing out, signing out
/// everywhere and a password change end a session for good, on every server of a site, even for a copied cookie.
/// Used by the patient cookie and by any host scheme that opts in (<see cref="UseServerSideSessions"/>).
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, TimeProvider timeProvider) : ITicketStore
{
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(1);

    /// <summary>Makes the cookie scheme keep its sessions in the package's database.</summary>
    public static void UseServerSideSessions(IServiceCollection services, string scheme) =>
        services.AddOptions<CookieAuthenticationOptions>(scheme).Configure<DatabaseTicketStore>((options, store) => options.SessionStore = store);

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken) => StoreAsync(ticket, cancellationToken);

    public Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken) => StoreCoreAsync(ticket, cancellationToken);

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken) => RenewAsync(key, ticket, cancellationToken);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await using var scope = scopes.CreateAsyncScope();
        // A session ended meanwhile stays ended: renewing never brings it back.
        await Sessions(scope).RenewAsync(key, TicketSerializer.Default.Serialize(ticket), ExpiresAt(ticket), cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken) => RetrieveAsync(key, cancellationToken);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = await Sessions(scope).FindAsync(key, cancellationToken);
        return session is not null && session.IsLive(timeProvider.GetUtcNow()) ? TicketSerializer.Default.Deserialize(session.Ticket) : null;
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken) => RemoveAsync(key, cancellationToken);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await Sessions(scope).EndAsync(key, cancellationToken);
    }

    private async Task<string> StoreCoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var key = SecureToken.Generate();
        var principal = ticket.Principal;
        var subject = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? principal.Identity?.Name ?? string.Empty;
        var session = SignInSession.Start(
            key, ticket.AuthenticationScheme, subject, PatientAuthentication.PatientId(principal), TicketSerializer.Default.Serialize(ticket), timeProvider.GetUtcNow(), ExpiresAt(ticket));
        await using var scope = scopes.CreateAsyncScope();
        await Sessions(scope).AddAsync(session, cancellationToken);
        return key;
    }

    private DateTimeOffset ExpiresAt(AuthenticationTicket ticket) => ticket.Properties.ExpiresUtc ?? timeProvider.GetUtcNow() + DefaultLifetime;

    private static ISignInSessionRepository Sessions(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<ISignInSessionRepository>();
}
