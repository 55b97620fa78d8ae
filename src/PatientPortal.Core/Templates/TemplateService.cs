using Microsoft.Extensions.Logging;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Templates;

/// <summary>Marketing staff's use cases for message templates: read, save (checked, versioned, audited), history and revert.</summary>
public sealed class TemplateService(
    IMessageTemplateRepository templates,
    IMessageTemplateStore store,
    TemplateValidator validator,
    IUnitOfWork unitOfWork,
    IAuditLog audit,
    TimeProvider timeProvider,
    ILogger<TemplateService> logger)
{
    public const string AuditSubject = "message-template";

    public async Task<IReadOnlyList<MessageTemplate>> ListAsync(CancellationToken cancellationToken)
    {
        await templates.EnsureDefaultsAsync(timeProvider.GetUtcNow(), cancellationToken);
        return [.. (await templates.ListAsync(cancellationToken)).OrderBy(template => template.Purpose).ThenBy(template => template.Channel)];
    }

    public async Task<Result<MessageTemplate>> GetAsync(TemplatePurpose purpose, MessageChannel channel, CancellationToken cancellationToken)
    {
        await templates.EnsureDefaultsAsync(timeProvider.GetUtcNow(), cancellationToken);
        return await templates.FindAsync(purpose, channel, cancellationToken) is { } template ? template : NotFound(purpose, channel);
    }

    /// <summary>Saves a new text as a new version, or refuses it with every problem located; a refused save changes nothing.</summary>
    public async Task<Result<MessageTemplate>> SaveAsync(TemplatePurpose purpose, MessageChannel channel, SaveTemplateCommand command, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await templates.EnsureDefaultsAsync(timeProvider.GetUtcNow(), cancellationToken);
        var current = await store.CurrentAsync(cancellationToken);
        if (await templates.FindAsync(purpose, channel, cancellationToken) is not { } template)
        {
            return NotFound(purpose, channel);
        }

        if (command.ExpectedVersion is not { } expected)
        {
            return Failure.Invalid("expectedVersion", "Send the version you edited (expectedVersion), so a save cannot overwrite someone else's change unseen.");
        }

        if (expected != template.Version)
        {
            return Stale(template, expected);
        }

        var problems = validator.Validate(purpose, channel, command.Subject, command.Body, current);
        if (problems.Count > 0)
        {
            return Refused("The template was not saved: fix the problems listed.", problems);
        }

        if (template.Reads(command.Subject, command.Body))
        {
            return template; // nothing changed: no empty version in the history
        }

        return await ChangeAsync(template, command.Subject, command.Body!, actor, note: null, "template.saved", cancellationToken);
    }

    public async Task<Result<IReadOnlyList<MessageTemplateVersion>>> VersionsAsync(TemplatePurpose purpose, MessageChannel channel, CancellationToken cancellationToken)
    {
        var found = await GetAsync(purpose, channel, cancellationToken);
        return found.Succeeded
            ? Result<IReadOnlyList<MessageTemplateVersion>>.Success(await templates.VersionsAsync(found.Value!.Id, cancellationToken))
            : found.Failure!;
    }

    /// <summary>Makes an earlier version's text current again, as a new version; it must still pass today's checks.</summary>
    public async Task<Result<MessageTemplate>> RevertAsync(TemplatePurpose purpose, MessageChannel channel, int version, int? expectedVersion, string actor, CancellationToken cancellationToken)
    {
        await templates.EnsureDefaultsAsync(timeProvider.GetUtcNow(), cancellationToken);
        var current = await store.CurrentAsync(cancellationToken);
        if (await templates.FindAsync(purpose, channel, cancellationToken) is not { } template)
        {
            return NotFound(purpose, channel);
        }

        if (expectedVersion is { } expected && expected != template.Version)
        {
            return Stale(template, expected);
        }

        if (await templates.FindVersionAsync(template.Id, version, cancellationToken) is not { } earlier)
        {
            return Failure.NotFound($"The {Describe(purpose, channel)} template has no version {version}.");
        }

        if (version == template.Version)
        {
            return template;
        }

        var problems = validator.Validate(purpose, channel, earlier.Subject, earlier.Body, current);
        if (problems.Count > 0)
        {
            return Refused($"Version {version} cannot be restored: it does not pass today's checks.", problems);
        }

        return await ChangeAsync(template, earlier.Subject, earlier.Body, actor, $"Reverted to version {version}", "template.reverted", cancellationToken);
    }

    private async Task<Result<MessageTemplate>> ChangeAsync(MessageTemplate template, string? subject, string body, string actor, string? note, string action, CancellationToken cancellationToken)
    {
        var before = template.Version;
        var version = template.Change(subject, body, actor, timeProvider.GetUtcNow(), note);
        templates.AddVersion(version);
        audit.Record(actor, action, AuditSubject, template.Id, $"{Describe(template.Purpose, template.Channel)} template version {version.Version}{(note is null ? string.Empty : $" ({note})")}");
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is ConcurrencyConflictException or UniqueConstraintViolationException)
        {
            // Another save of the same template won the race between our read and our write.
            return Failure.Conflict("expectedVersion", $"The {Describe(template.Purpose, template.Channel)} template was changed by someone else while you saved version {before}. Reload it and apply your change again.");
        }

        logger.LogInformation("{Actor} saved the {Purpose} {Channel} template as version {Version}", LogValue.Safe(actor), template.Purpose, template.Channel, template.Version);
        return template;
    }

    private static Failure Stale(MessageTemplate template, int expected) =>
        Failure.Conflict("expectedVersion", $"The {Describe(template.Purpose, template.Channel)} template is at version {template.Version} (saved by {template.UpdatedBy} at {template.UpdatedAt:yyyy-MM-dd HH:mm} UTC), not version {expected} that you edited. Reload it and apply your change again.");

    /// <summary>Errors keyed by field as people read them, and the same problems with their places for editors.</summary>
    public static Failure Refused(string title, IReadOnlyList<TemplateProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var errors = problems.GroupBy(problem => problem.Field).ToDictionary(group => group.Key, group => group.Select(problem => problem.ToString()).ToArray());
        return new Failure(OperationStatus.Invalid, title, errors) { Extensions = new Dictionary<string, object?> { ["problems"] = problems } };
    }

    private static Failure NotFound(TemplatePurpose purpose, MessageChannel channel) =>
        Failure.NotFound($"There is no {Describe(purpose, channel)} template.");

    /// <summary>"password reset SMS", "payment in advance email": as staff name them.</summary>
    private static string Describe(TemplatePurpose purpose, MessageChannel channel) =>
        $"{string.Concat(purpose.ToString().Select((letter, i) => i > 0 && char.IsUpper(letter) ? $" {char.ToLowerInvariant(letter)}" : letter.ToString())).ToLowerInvariant()} {(channel == MessageChannel.Sms ? "SMS" : "email")}";
}
