using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Web.SignUp;

namespace PatientPortal.Web.Common;

/// <summary>
/// Answers 429 with Retry-After once a client has used its permits: a page for forms, ProblemDetails for JSON.
/// On the invite-code step (<see cref="InviteCodeStep"/>) the invite-code budget also applies: while the step is
/// under attack the answer is held back, and a client past its smaller allowance gets the same 429.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class RateLimitedAttribute : Attribute, IAsyncActionFilter
{
    /// <summary>The action takes an invite code (checks one, or signs up with one).</summary>
    public bool InviteCodeStep { get; set; }

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var services = context.HttpContext.RequestServices;
        var budget = InviteCodeStep ? services.GetRequiredService<InviteCodeBudget>() : null;
        var attempt = budget?.Attempt(context.HttpContext);
        // The invite-code counters go in the same write as the public limits: one database statement per request.
        var (retryAfter, counted) = await services.GetRequiredService<PublicRateLimiter>()
            .TryAcquireAsync(context.HttpContext, attempt?.Counters ?? []);
        if (retryAfter is null && attempt is not null)
        {
            var step = budget!.Enter(attempt, counted);
            retryAfter = step.RetryAfter;
            if (step.Delay > TimeSpan.Zero)
            {
                await services.GetRequiredService<IResponseDelay>().DelayAsync(step.Delay, context.HttpContext.RequestAborted);
            }
        }

        if (retryAfter is null)
        {
            await next();
            return;
        }

        var seconds = FailureResults.RetryAfterSeconds(retryAfter.Value);
        FailureResults.SetRetryAfter(context.HttpContext.Response, retryAfter.Value);
        const string title = "Too many attempts. Please wait a little and try again.";
        context.Result = context.Controller is Controller controller
            ? new ViewResult
            {
                ViewName = PatientPortalViews.Message,
                ViewData = new ViewDataDictionary<MessagePage>(controller.ViewData, new MessagePage(title, $"For your security we limit how often this form can be sent. Try again in {Math.Max(1, seconds / 60)} minute(s).")),
                StatusCode = StatusCodes.Status429TooManyRequests,
            }
            : FailureResults.Refusal(StatusCodes.Status429TooManyRequests, title, $"Retry after {seconds} seconds.");
    }
}
