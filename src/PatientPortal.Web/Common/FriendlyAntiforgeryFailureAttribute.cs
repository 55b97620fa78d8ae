using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace PatientPortal.Web.Common;

/// <summary>Turns the bare 400 of a failed antiforgery check into a page that tells the patient what to do.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FriendlyAntiforgeryFailureAttribute : Attribute, IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is IAntiforgeryValidationFailedResult && context.Controller is Controller controller)
        {
            context.Result = new ViewResult
            {
                ViewName = PatientPortalViews.Message,
                ViewData = new ViewDataDictionary<MessagePage>(controller.ViewData, new MessagePage(
                    "This form could not be sent",
                    "The page was open too long or was sent from somewhere else, so nothing was saved. Go back, reload the page and try again.")),
                StatusCode = StatusCodes.Status400BadRequest,
            };
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
