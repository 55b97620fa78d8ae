using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.Templates;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Templates;

public sealed class TemplateSeedingTests : IAsyncLifetime
{
    private readonly SqliteDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task UpdatingUntouchedDefaults_GivesAnUneditedEarlierShippedText_TheCurrentOne_AsANewVersion_AndLeavesEditedOnesAlone()
    {
        // The first text shipped (later superseded texts follow it in the list).
        var old = SupersededDefaults.All.First(text => text.Purpose == TemplatePurpose.PaymentInAdvance && text.Channel == MessageChannel.Email);
        var oldSms = SupersededDefaults.All.Single(text => text.Purpose == TemplatePurpose.Recall && text.Channel == MessageChannel.Sms);
        await _database.Services.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PatientPortalDbContext>();
            await db.MessageTemplates.ExecuteDeleteAsync();
            var (shipped, shippedVersion) = MessageTemplate.Create(old.Purpose, old.Channel, old.Subject, old.Body, TemplateDefaults.Actor, Seed.Now);
            // Staff saved the old text as their own: it is theirs now, whatever it says.
            var (edited, editedVersion) = MessageTemplate.Create(oldSms.Purpose, oldSms.Channel, null, oldSms.Body, "marketing", Seed.Now);
            db.MessageTemplates.AddRange(shipped, edited);
            db.MessageTemplateVersions.AddRange(shippedVersion, editedVersion);
            await db.SaveChangesAsync();
        });

        var updated = await _database.Services.InScopeAsync(services => TemplateSeeding.UpdateUntouchedDefaultsAsync(services.GetRequiredService<PatientPortalDbContext>(), Seed.Now, CancellationToken.None));
        var again = await _database.Services.InScopeAsync(services => TemplateSeeding.UpdateUntouchedDefaultsAsync(services.GetRequiredService<PatientPortalDbContext>(), Seed.Now, CancellationToken.None));

        Assert.Equal((1, 0), (updated, again));
        var templates = await _database.Services.InScopeAsync(services => services.GetRequiredService<PatientPortalDbContext>().MessageTemplates.AsNoTracking().ToListAsync());
        var payment = templates.Single(template => template.Purpose == TemplatePurpose.PaymentInAdvance);
        Assert.Equal(TemplateDefaults.For(TemplatePurpose.PaymentInAdvance, MessageChannel.Email).Body, payment.Body);
        Assert.Contains("holder.full_name", payment.Body, StringComparison.Ordinal);
        Assert.Equal(2, payment.Version);
        Assert.Equal(oldSms.Body, templates.Single(template => template.Purpose == TemplatePurpose.Recall).Body);
        var versions = await _database.Services.InScopeAsync(services => services.GetRequiredService<PatientPortalDbContext>().MessageTemplateVersions.AsNoTracking().Where(v => v.TemplateId == payment.Id).OrderBy(v => v.Version).ToListAsync());
        Assert.Equal([old.Body, payment.Body], versions.Select(version => version.Body));
    }

    [Fact]
    public async Task UpdatingUntouchedDefaults_GivesTheUneditedFamilyPaymentText_TheCurrentOne_ThatPromisesPayingOnlyWithAProvider()
    {
        var family = SupersededDefaults.All.Last(text => text.Purpose == TemplatePurpose.PaymentInAdvance && text.Channel == MessageChannel.Email);
        Assert.Contains("patient.is_family_member", family.Body, StringComparison.Ordinal);
        await _database.Services.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PatientPortalDbContext>();
            await db.MessageTemplates.ExecuteDeleteAsync();
            var (shipped, version) = MessageTemplate.Create(family.Purpose, family.Channel, family.Subject, family.Body, TemplateDefaults.Actor, Seed.Now);
            db.MessageTemplates.Add(shipped);
            db.MessageTemplateVersions.Add(version);
            await db.SaveChangesAsync();
        });

        var updated = await _database.Services.InScopeAsync(services => TemplateSeeding.UpdateUntouchedDefaultsAsync(services.GetRequiredService<PatientPortalDbContext>(), Seed.Now, CancellationToken.None));

        Assert.Equal(1, updated);
        var payment = await _database.Services.InScopeAsync(services => services.GetRequiredService<PatientPortalDbContext>().MessageTemplates.AsNoTracking().SingleAsync());
        Assert.Equal(TemplateDefaults.For(TemplatePurpose.PaymentInAdvance, MessageChannel.Email).Body, payment.Body);
        Assert.Contains("appointment.pay_online", payment.Body, StringComparison.Ordinal);
        Assert.Equal(2, payment.Version);
    }
}
