using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Common;

namespace PatientPortal.Web.Common;

/// <summary>
/// JSON binding leaves <c>null</c> inside an array of a request (<c>"billingRules": [null]</c>) and MVC validates no
/// element, so the action would meet a null its types say cannot be there. This refuses such a request with 400 and a
/// message naming the entry (<c>billingRules[0]</c>), before the action runs. Collections whose elements are declared
/// nullable (an import's rows, where a null is a row with nothing given) are left alone.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RefuseNullElementsAttribute : ActionFilterAttribute
{
    /// <summary>Request models nest a level or two; the cap only stops a cycle.</summary>
    private const int MaximumDepth = 8;

    private static readonly ConcurrentDictionary<PropertyInfo, bool> ElementsNullableByProperty = new();

    private static readonly ConcurrentDictionary<ParameterInfo, bool> ElementsNullableByParameter = new();

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var naming = context.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions.PropertyNamingPolicy;
        var errors = new ValidationErrors();
        foreach (var parameter in context.ActionDescriptor.Parameters.OfType<ControllerParameterDescriptor>())
        {
            if (context.ActionArguments.TryGetValue(parameter.Name, out var value) && value is not null)
            {
                var elementsNullable = ElementsNullableByParameter.GetOrAdd(parameter.ParameterInfo, info => ElementsNullable(new NullabilityInfoContext().Create(info)));
                Inspect(value, string.Empty, elementsNullable, naming, errors, 0);
            }
        }

        if (errors.Any && context.Controller is ControllerBase controller)
        {
            context.Result = controller.ToProblem(Failure.Invalid(errors));
        }
    }

    private static void Inspect(object value, string path, bool elementsNullable, System.Text.Json.JsonNamingPolicy? naming, ValidationErrors errors, int depth)
    {
        if (depth > MaximumDepth || value is string)
        {
            return;
        }

        if (value is IEnumerable items and not IDictionary)
        {
            var index = 0;
            foreach (var item in items)
            {
                var itemPath = $"{path}[{index++}]";
                if (item is null)
                {
                    if (!elementsNullable)
                    {
                        errors.Add(itemPath, $"{itemPath} is null. Send a value there, or leave the entry out.");
                    }
                }
                else
                {
                    Inspect(item, itemPath, elementsNullable: true, naming, errors, depth + 1);
                }
            }

            return;
        }

        // Only the package's own request models are walked, not framework types such as IFormFile.
        var type = value.GetType();
        if (type.Namespace?.StartsWith("PatientPortal.", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null)
            {
                continue;
            }

            if (property.GetValue(value) is { } child)
            {
                var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? naming?.ConvertName(property.Name) ?? property.Name;
                var childPath = path.Length == 0 ? name : $"{path}.{name}";
                var childElementsNullable = ElementsNullableByProperty.GetOrAdd(property, info => ElementsNullable(new NullabilityInfoContext().Create(info)));
                Inspect(child, childPath, childElementsNullable, naming, errors, depth + 1);
            }
        }
    }

    /// <summary>Whether the collection's elements are declared nullable (<c>List&lt;Row?&gt;</c>); true for what is not a collection.</summary>
    private static bool ElementsNullable(NullabilityInfo info)
    {
        var element = info.ElementType ?? (info.GenericTypeArguments.Length == 1 ? info.GenericTypeArguments[0] : null);
        return element is null || element.ReadState != NullabilityState.NotNull;
    }
}
