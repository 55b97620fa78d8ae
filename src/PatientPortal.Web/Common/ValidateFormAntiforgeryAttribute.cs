using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;

namespace PatientPortal.Web.Common;

/// <summary>
/// Antiforgery on every form post of the public pages. A failure gets a page that tells the patient what to
/// do (MVC's own filter answers a bare 400), and the action never runs, so nothing is changed.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ValidateFormAntiforgeryAttribute : Attribute, IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        if (await services.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context.HttpContext))
        {
            return;
        }

        var page = new MessagePage(
            "This form could not be sent",
            "The page was open too long or was sent from somewhere else, so nothing was saved. Go back, reload the page and try again.");
        context.Result = new ViewResult
        {
            ViewName = PatientPortalViews.Message,
            ViewData = new ViewDataDictionary<MessagePage>(services.GetRequiredService<IModelMetadataProvider>(), context.ModelState) { Model = page },
            StatusCode = StatusCodes.Status400BadRequest,
        };
    }
}
