using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PatientPortal.Web.Common;

/// <summary>
/// Microsoft.AspNetCore.OpenApi (10.0) writes <c>null</c> into a shared enum component once any property uses
/// that enum as nullable, while it already wraps each nullable use in <c>oneOf: [{type: null}, {$ref}]</c>. A null
/// then matches both branches (so <c>oneOf</c> fails its own document) and a non-nullable use accepts null. With
/// the null taken out of the components, each use says what it means, as later framework versions do.
/// </summary>
internal sealed class EnumComponentsWithoutNull : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            if (schema.Enum is { Count: > 0 } values)
            {
                for (var index = values.Count - 1; index >= 0; index--)
                {
                    if (values[index] is null || values[index]!.GetValueKind() == JsonValueKind.Null)
                    {
                        values.RemoveAt(index);
                    }
                }
            }
        }

        return Task.CompletedTask;
    }
}
