using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Routing;

namespace PatientPortal.Web.Common;

/// <summary>
/// Documents, on each action of the two JSON APIs, the refusals the shared filters can answer there, so the
/// OpenAPI document lists every status a caller can get: 400 for input that does not bind, 415 and 413 for the
/// body, 403 from <see cref="CrossSiteWriteGuardAttribute"/> on state-changing calls, 429 where
/// <see cref="RateLimitedAttribute"/> applies. An action's own declaration of a status is kept. Only the
/// package's controllers are touched; the host's (Umbraco's) are left alone.
/// </summary>
internal sealed class DocumentedRefusalsConvention : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        ArgumentNullException.ThrowIfNull(application);
        foreach (var controller in application.Controllers.Where(IsOurApi))
        {
            foreach (var action in controller.Actions)
            {
                var declared = controller.Filters.Concat(action.Filters).OfType<IApiResponseMetadataProvider>().Select(provider => provider.StatusCode).ToHashSet();
                void Add<T>(int status)
                {
                    if (declared.Add(status))
                    {
                        action.Filters.Add(new ProducesResponseTypeAttribute<T>(status));
                    }
                }

                var parameters = action.Parameters.Where(parameter => parameter.ParameterType != typeof(CancellationToken)).ToList();
                var takesBody = parameters.Any(parameter => parameter.BindingInfo?.BindingSource == BindingSource.Body)
                    || action.Filters.Concat(controller.Filters).OfType<ConsumesAttribute>().Any();
                var changesState = action.Attributes.OfType<HttpMethodAttribute>().SelectMany(method => method.HttpMethods)
                    .Any(method => !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method));
                if (parameters.Count > 0 || takesBody)
                {
                    Add<ValidationProblemDetails>(StatusCodes.Status400BadRequest);
                }

                if (takesBody)
                {
                    Add<ProblemDetails>(StatusCodes.Status413PayloadTooLarge);
                    Add<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType);
                }

                if (changesState)
                {
                    Add<ProblemDetails>(StatusCodes.Status403Forbidden);
                }

                if (action.Attributes.OfType<RateLimitedAttribute>().Any() || controller.Attributes.OfType<RateLimitedAttribute>().Any())
                {
                    Add<ProblemDetails>(StatusCodes.Status429TooManyRequests);
                }
            }
        }
    }

    private static bool IsOurApi(ControllerModel controller) =>
        typeof(ManagementApiControllerBase).IsAssignableFrom(controller.ControllerType) || typeof(PublicApiControllerBase).IsAssignableFrom(controller.ControllerType);
}
