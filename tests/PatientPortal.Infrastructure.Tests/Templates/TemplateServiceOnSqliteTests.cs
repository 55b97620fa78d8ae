using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Templates;

/// <summary>Saving, history and revert on a real SQLite file, and the shared template snapshot seeing each save.</summary>
public sealed class TemplateServiceOnSqliteTests : IAsyncLifetime
{
    private readonly TemplateDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Save_RecordsAVersionWithWhoAndWhen_AndTheStoreSnapshotSeesIt()
    {
        var before = await CurrentAsync(TemplatePurpose.Recall, MessageChannel.Sms);

        var saved = await SaveAsync(TemplatePurpose.Recall, MessageChannel.Sms, "Time for your {{ service.name }}: {{ TRD89 }}", before.Version, "marketing.anna");

        Assert.True(saved.Succeeded, saved.Failure?.Title);
        Assert.Equal(before.Version + 1, saved.Value!.Version);
        var after = await CurrentAsync(TemplatePurpose.Recall, MessageChannel.Sms);
        Assert.Equal("Time for your {{ service.name }}: {{ TRD89 }}", after.Body);
        Assert.Equal(before.Version + 1, after.Version);

        var versions = await InScopeAsync(service => service.VersionsAsync(TemplatePurpose.Recall, MessageChannel.Sms, CancellationToken.None));
        Assert.Equal([2, 1], versions.Value!.Select(version => version.Version));
        Assert.Equal("marketing.anna", versions.Value![0].CreatedBy);
        Assert.Equal("PatientPortal", versions.Value![1].CreatedBy);

        var audit = await QueryAsync(db => db.AuditLog.SingleAsync(entry => entry.Action == "template.saved"));
        Assert.Equal(("marketing.anna", saved.Value.Id), (audit.Actor, audit.SubjectId!.Value));
    }

    [Fact]
    public async Task Revert_MakesANewVersionWithTheEarlierText_NotedRevertedTo()
    {
        var original = await CurrentAsync(TemplatePurpose.PortalInvitation, MessageChannel.Sms);
        await SaveAsync(TemplatePurpose.PortalInvitation, MessageChannel.Sms, "Join us: {{ link }}", 1);

        var reverted = await InScopeAsync(service => service.RevertAsync(TemplatePurpose.PortalInvitation, MessageChannel.Sms, 1, expectedVersion: 2, "marketing.ben", CancellationToken.None));

        Assert.True(reverted.Succeeded, reverted.Failure?.Title);
        Assert.Equal((3, original.Body), (reverted.Value!.Version, reverted.Value.Body));
        var versions = (await InScopeAsync(service => service.VersionsAsync(TemplatePurpose.PortalInvitation, MessageChannel.Sms, CancellationToken.None))).Value!;
        Assert.Equal("Reverted to version 1", versions[0].Note);
        Assert.Equal(original.Body, (await CurrentAsync(TemplatePurpose.PortalInvitation, MessageChannel.Sms)).Body);
    }

    [Fact]
    public async Task Save_FromAStaleVersion_IsAConflict_AndChangesNothing()
    {
        await SaveAsync(TemplatePurpose.PasswordReset, MessageChannel.Sms, "Reset: {{ link }}", 1);

        var stale = await SaveAsync(TemplatePurpose.PasswordReset, MessageChannel.Sms, "Other: {{ link }}", 1);

        Assert.Equal(OperationStatus.Conflict, stale.Status);
        Assert.Contains("is at version 2", stale.Failure!.Title, StringComparison.Ordinal);
        Assert.Equal("Reset: {{ link }}", (await CurrentAsync(TemplatePurpose.PasswordReset, MessageChannel.Sms)).Body);
    }

    [Fact]
    public async Task ASaveThatLosesTheRaceAfterReading_IsAConcurrencyConflict()
    {
        await CurrentAsync(TemplatePurpose.Recall, MessageChannel.Email);
        await using var slow = _database.Services.CreateAsyncScope();
        var repository = slow.ServiceProvider.GetRequiredService<IMessageTemplateRepository>();
        var loaded = (await repository.FindAsync(TemplatePurpose.Recall, MessageChannel.Email, CancellationToken.None))!;

        await SaveAsync(TemplatePurpose.Recall, MessageChannel.Email, "<p>{{ TRD89 }}</p>", 1, subject: "Book");
        repository.AddVersion(loaded.Change("Mine", "<p>{{ TRD89 }}</p>", "slow", DateTimeOffset.UtcNow));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => slow.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));
        Assert.Equal("Book", (await CurrentAsync(TemplatePurpose.Recall, MessageChannel.Email)).Subject);
    }

    [Fact]
    public async Task RefusedSave_StoresNoVersion_AndNoAuditEntry()
    {
        var refused = await SaveAsync(TemplatePurpose.Recall, MessageChannel.Sms, "{{ TRD104 }}", 1);

        Assert.Equal(OperationStatus.Invalid, refused.Status);
        var problems = Assert.IsAssignableFrom<IReadOnlyList<TemplateProblem>>(refused.Failure!.Extensions!["problems"]);
        Assert.Equal(TemplateProblemKind.TokenNotAllowed, Assert.Single(problems).Kind);
        Assert.Equal(1, (await CurrentAsync(TemplatePurpose.Recall, MessageChannel.Sms)).Version);
        Assert.Equal(TemplateDefaults.All.Count, await QueryAsync(db => db.MessageTemplateVersions.CountAsync()));
        Assert.False(await QueryAsync(db => db.AuditLog.AnyAsync(entry => entry.Action == "template.saved")));
    }

    [Fact]
    public async Task SavingTheSameText_AddsNoVersion()
    {
        var current = await CurrentAsync(TemplatePurpose.Recall, MessageChannel.Sms);

        var saved = await SaveAsync(TemplatePurpose.Recall, MessageChannel.Sms, current.Body, current.Version);

        Assert.Equal(current.Version, saved.Value!.Version);
    }

    [Fact]
    public async Task List_SeedsTheDefaults_OnePerPurposeAndChannel()
    {
        var templates = await InScopeAsync(service => service.ListAsync(CancellationToken.None));

        Assert.Equal(TemplateDefaults.All.Count, templates.Count);
        Assert.All(templates, template => Assert.Equal(1, template.Version));
    }

    private Task<Result<MessageTemplate>> SaveAsync(TemplatePurpose purpose, MessageChannel channel, string body, int expectedVersion, string actor = "marketing", string? subject = null) =>
        InScopeAsync(service => service.SaveAsync(purpose, channel, new SaveTemplateCommand(subject, body, expectedVersion), actor, CancellationToken.None));

    /// <summary>What a message sent now would use: the store's shared snapshot, read in a fresh scope.</summary>
    private Task<MessageTemplate> CurrentAsync(TemplatePurpose purpose, MessageChannel channel) =>
        _database.Services.InScopeAsync(async services => (await services.GetRequiredService<IMessageTemplateStore>().CurrentAsync(CancellationToken.None))[purpose, channel]);

    private Task<T> InScopeAsync<T>(Func<TemplateService, Task<T>> work) =>
        _database.Services.InScopeAsync(services => work(services.GetRequiredService<TemplateService>()));

    private Task<T> QueryAsync<T>(Func<PatientPortalDbContext, Task<T>> query) =>
        _database.Services.InScopeAsync(services => query(services.GetRequiredService<PatientPortalDbContext>()));
}
