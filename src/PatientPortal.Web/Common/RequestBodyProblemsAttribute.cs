using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PatientPortal.Web.Common;

/// <summary>
/// A body the server refused to read (over the endpoint's <c>[RequestSizeLimit]</c> or Kestrel's: 413; cut short
/// or badly framed: 400) answers ProblemDetails. Left alone, the exception reaches the host's exception handler,
/// which answers 500 in production; and MVC's form value provider, reading a form first, would turn a form that
/// is too large into a 400 "validation error". So a form is read here, after the size limits are set.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequestBodyProblemsAttribute : Attribute, IExceptionFilter, IAsyncResourceFilter, IOrderedFilter
{
    /// <summary>After <c>[RequestSizeLimit]</c> and <c>[RequestFormLimits]</c> (900), which the form read must obey.</summary>
    public int Order => 1000;

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HttpContext.Request.HasFormContentType)
        {
            try
            {
                await context.HttpContext.Request.ReadFormAsync(context.HttpContext.RequestAborted);
            }
            catch (BadHttpRequestException refused)
            {
                context.Result = Problem(context.HttpContext, refused.StatusCode);
                return;
            }
            catch (InvalidDataException)
            {
                // The form reader's own limits (multipart lengths, field count) and broken multipart framing.
                context.Result = Problem(context.HttpContext, StatusCodes.Status400BadRequest);
                return;
            }
        }

        await next();
    }

    public void OnException(ExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Exception is BadHttpRequestException refused)
        {
            context.Result = Problem(context.HttpContext, refused.StatusCode);
            context.ExceptionHandled = true;
        }
    }

    private static ObjectResult Problem(HttpContext context, int status) =>
        status == StatusCodes.Status413PayloadTooLarge
            ? FailureResults.Refusal(status, "The request is too large.", "Send less at once (imports: split the file).", context.Request.Path)
            : FailureResults.Refusal(status, "The request could not be read.", instance: context.Request.Path);
}
