using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PatientPortal.Core;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Messaging.Health;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Recalls;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignIn;
using PatientPortal.Core.SignIn.Throttling;
using PatientPortal.Core.SignUp;
using PatientPortal.Core.Templates;
using PatientPortal.Infrastructure;
using PatientPortal.Web.Common;
using PatientPortal.Web.OpenApi;
using PatientPortal.Web.Permissions;
using PatientPortal.Web.Portal;
using PatientPortal.Web.Portal.MyDetails;
using PatientPortal.Web.SignIn;
using PatientPortal.Web.SignIn.Sessions;
using PatientPortal.Web.SignUp;

namespace PatientPortal.Web;

public static class PatientPortalServiceCollectionExtensions
{
    /// <summary>
    /// Wires PatientPortal into an ASP.NET Core host: options from the <c>PatientPortal</c> configuration
    /// section (validated at start), use cases, database, email, the patient cookie and the controllers.
    /// Safe to call more than once. The host provides the <c>BackOfficeAccess</c> authorization policy and handlers
    /// for the requirements of <see cref="PatientPortalPolicies"/>.
    /// </summary>
    public static IServiceCollection AddPatientPortal(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(PatientPortalMarker)))
        {
            return services;
        }

        services.AddSingleton<PatientPortalMarker>();
        var section = configuration.GetSection("PatientPortal");
        services.AddOptions<PracticeOptions>().Bind(section.GetSection("Practice")).ValidateDataAnnotations()
            .Validate(options => PracticeClock.IsKnownTimeZone(options.TimeZone), "PatientPortal:Practice:TimeZone is not a known time zone.")
            .Validate(options => options.CallBackEmail is not { Length: > 0 } email || EmailAddress.TryNormalize(email, out _), "PatientPortal:Practice:CallBackEmail is not an email address.")
            .Validate(options => options.Brand.Problem() is null, "PatientPortal:Practice:Brand needs an absolute http(s) LogoUrl (or none) and two #RRGGBB colours with a contrast of at least 4.5:1.")
            .ValidateOnStart();
        services.AddOptions<PasswordOptions>().Bind(section.GetSection("Passwords")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SignUpOptions>().Bind(section.GetSection("SignUp")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InvitationOptions>().Bind(section.GetSection("Invitations")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MessagingOptions>().Bind(section.GetSection("Messaging")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeliveryHealthOptions>().Bind(section.GetSection("Messaging")).ValidateDataAnnotations()
            .Validate(options => options.AlertEmail is not { Length: > 0 } email || EmailAddress.TryNormalize(email, out _), "PatientPortal:Messaging:AlertEmail is not an email address.")
            .ValidateOnStart();
        services.AddOptions<RecallOptions>().Bind(section.GetSection("Recalls")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MessageTemplateOptions>().Bind(section.GetSection("Templates")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SignInThrottleOptions>().Bind(section.GetSection("SignIn:Throttle")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimitOptions>().Bind(section.GetSection("RateLimiting")).ValidateDataAnnotations().ValidateOnStart();

        services.AddPatientPortalCore();
        services.TryAddSingleton<IPortalLinks, PortalLinks>();
        services.AddPatientPortalInfrastructure(configuration);

        services.TryAddSingleton<PublicRateLimiter>();
        services.TryAddSingleton<IResponseDelay, ResponseDelay>();
        services.TryAddSingleton<InviteCodeBudget>();
        services.TryAddSingleton<IInviteCodeFailures>(provider => provider.GetRequiredService<InviteCodeBudget>());
        services.TryAddSingleton<SignInChoiceTicket>();
        services.TryAddSingleton<PortalFormat>();
        services.TryAddScoped<PortalAppointments>();
        services.TryAddSingleton<MyDetailsPages>();
        services.TryAddSingleton<DatabaseTicketStore>();
        // The package's own policies; the host's handlers satisfy their requirements (a host without them refuses).
        services.AddAuthorization(PatientPortalPolicies.AddTo);
        services.TryAddSingleton<IBackOfficeUsers, ClaimsBackOfficeUsers>();
        services.TryAddScoped<BackOfficeActors>();
        services.AddProblemDetails();
        // Antiforgery's own default sends its cookie without Secure even over https.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(options => options.Conventions.Add(new DocumentedRefusalsConvention()));
        // Whatever OpenAPI documents the host adds (AddOpenApi), their enums stay valid against themselves.
        services.ConfigureAll<Microsoft.AspNetCore.OpenApi.OpenApiOptions>(options => options.AddDocumentTransformer<EnumComponentsWithoutNull>());
        PatientPortalOpenApi.AddTo(services);
        services.AddAuthentication().AddCookie(PatientAuthentication.Scheme, options =>
        {
            options.Cookie.Name = PatientAuthentication.CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = PatientPortalRoutes.SignInPage;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.Events = new CookieAuthenticationEvents
            {
                // The JSON API answers 401 rather than redirecting to the sign-in page.
                OnRedirectToLogin = context =>
                {
                    if (context.Request.Path.StartsWithSegments("/" + PatientPortalRoutes.PublicApi, StringComparison.OrdinalIgnoreCase))
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    }
                    else
                    {
                        context.Response.Redirect(context.RedirectUri);
                    }

                    return Task.CompletedTask;
                },
            }.KeepRedirectsLocal();
        });
        DatabaseTicketStore.UseServerSideSessions(services, PatientAuthentication.Scheme);
        // Reads the patient cookie on every public page and lets everyone in; the portal pages add their own requirement.
        services.AddAuthorizationBuilder().AddPolicy(PatientAuthentication.PagesPolicy, policy =>
            policy.AddAuthenticationSchemes(PatientAuthentication.Scheme).RequireAssertion(_ => true));

        services.AddControllersWithViews().ConfigureApplicationPartManager(manager =>
        {
            var assembly = typeof(PatientPortalServiceCollectionExtensions).Assembly;
            if (!manager.ApplicationParts.OfType<AssemblyPart>().Any(part => part.Assembly == assembly))
            {
                manager.ApplicationParts.Add(new AssemblyPart(assembly));
            }
        });
        return services;
    }

    /// <summary>Maps the package's pages and APIs (attribute-routed controllers) into the host's endpoints.</summary>
    public static IEndpointRouteBuilder MapPatientPortal(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapControllers();
        return endpoints;
    }

    private sealed class PatientPortalMarker;
}
