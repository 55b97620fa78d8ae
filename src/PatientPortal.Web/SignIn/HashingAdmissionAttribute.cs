using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Security;
using PatientPortal.Infrastructure.Security;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.SignIn;

/// <summary>
/// Lets a sign-in in only while the server's password-hashing queue has room (<see cref="PasswordOptions.SignInQueueLength"/>);
/// beyond it the answer is 503 with Retry-After at once, a page for forms and ProblemDetails for JSON, before the
/// password is checked or the try counted. Runs after <see cref="RateLimitedAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class HashingAdmissionAttribute : Attribute, IAsyncActionFilter, IOrderedFilter
{
    public const string BusyTitle = "We are signing in a lot of people right now.";

    public int Order => 1;

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var services = context.HttpContext.RequestServices;
        using var admission = services.GetRequiredService<PasswordHashingWorkers>().TryAdmit();
        if (admission is not null)
        {
            await next();
            return;
        }

        var retryAfter = services.GetRequiredService<IOptions<PasswordOptions>>().Value.BusyRetryAfter;
        var seconds = FailureResults.RetryAfterSeconds(retryAfter);
        FailureResults.SetRetryAfter(context.HttpContext.Response, retryAfter);
        var detail = $"Your password has not been checked yet, and this does not count as a try. Please wait {seconds} seconds and sign in again.";
        context.Result = context.Controller is Controller controller
            ? new ViewResult
            {
                ViewName = PatientPortalViews.Message,
                ViewData = new ViewDataDictionary<MessagePage>(controller.ViewData, new MessagePage(BusyTitle, detail, "Back to sign in", PatientPortalRoutes.SignInPage)),
                StatusCode = StatusCodes.Status503ServiceUnavailable,
            }
            : FailureResults.Refusal(StatusCodes.Status503ServiceUnavailable, BusyTitle, detail);
    }
}
