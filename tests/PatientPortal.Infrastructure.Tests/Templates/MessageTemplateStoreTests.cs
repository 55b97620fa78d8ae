using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Templates;

public sealed class MessageTemplateStoreTests : IAsyncLifetime
{
    private readonly SqliteDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Read_WithNothingStored_ServesTheShippedTexts_WithoutWriting_AndKeepsTheCallersTrackedRecords()
    {
        var chargeband = await Seed.SaveAsync(_database.Services, Seed.Chargeband());
        await _database.Services.InScopeAsync(services => services.GetRequiredService<PatientPortalDbContext>().MessageTemplates.ExecuteDeleteAsync());

        await _database.Services.InScopeAsync(async services =>
        {
            // As an invitation does: the patient (here a chargeband) is loaded, then the templates are read.
            var loaded = await services.GetRequiredService<IChargebandRepository>().FindAsync(chargeband.Id, CancellationToken.None);
            var templates = await services.GetRequiredService<IMessageTemplateStore>().CurrentAsync(CancellationToken.None);
            Assert.Equal(TemplateDefaults.For(TemplatePurpose.Recall, MessageChannel.Sms).Body, templates[TemplatePurpose.Recall, MessageChannel.Sms].Body);
            loaded!.Update("Renamed after the read", loaded.BillingRules, Seed.Now);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        });

        var stored = await _database.Services.InScopeAsync(services => services.GetRequiredService<PatientPortalDbContext>().Chargebands.AsNoTracking().SingleAsync(c => c.Id == chargeband.Id));
        Assert.Equal("Renamed after the read", stored.Name);
        Assert.Equal(0, await _database.Services.InScopeAsync(services => services.GetRequiredService<PatientPortalDbContext>().MessageTemplates.CountAsync()));
    }

    [Fact]
    public async Task Seeding_StoresEveryMissingTemplateOnce_WithItsFirstVersion()
    {
        await _database.Services.InScopeAsync(services => services.GetRequiredService<PatientPortalDbContext>().MessageTemplates.ExecuteDeleteAsync());

        var added = await _database.Services.InScopeAsync(services => Infrastructure.Templates.TemplateSeeding.AddMissingDefaultsAsync(services.GetRequiredService<PatientPortalDbContext>(), Seed.Now, CancellationToken.None));
        var again = await _database.Services.InScopeAsync(services => Infrastructure.Templates.TemplateSeeding.AddMissingDefaultsAsync(services.GetRequiredService<PatientPortalDbContext>(), Seed.Now, CancellationToken.None));

        Assert.Equal(TemplateDefaults.All.Count, added);
        Assert.Equal(0, again);
        Assert.Equal(TemplateDefaults.All.Count, await _database.Services.InScopeAsync(services => services.GetRequiredService<PatientPortalDbContext>().MessageTemplateVersions.CountAsync(v => v.Version == 1)));
    }
}
