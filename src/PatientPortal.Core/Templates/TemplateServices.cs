using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PatientPortal.Core.Templates.Layout;

namespace PatientPortal.Core.Templates;

internal static class TemplateServices
{
    /// <summary>Email and SMS templates: rendering, validation, samples and preview.</summary>
    public static IServiceCollection AddTemplates(this IServiceCollection services)
    {
        services.TryAddSingleton<TemplateRenderer>();
        services.TryAddSingleton<EmailLayout>();
        services.TryAddSingleton<MessageModels>();
        services.TryAddSingleton<TemplateSamples>();
        services.TryAddSingleton<TemplateValidator>();
        services.TryAddScoped<TemplateService>();
        services.TryAddScoped<TemplatePreviewService>();
        return services;
    }
}
