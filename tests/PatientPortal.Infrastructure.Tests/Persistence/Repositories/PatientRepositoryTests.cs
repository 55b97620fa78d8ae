using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Patients;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Persistence.Repositories;

/// <summary>One database per test: each test seeds the patients it looks for.</summary>
public sealed class PatientRepositoryTests : IAsyncLifetime, IDisposable
{
    private static readonly DateOnly MarysBirthday = new(1980, 4, 12);
    private readonly SqliteDatabase _database = new();

    public async Task InitializeAsync() => await _database.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("O'Higgins", "1980-04-12", "mary@example.com", null, 1)]
    [InlineData("o higgins", "1980-04-12", "MARY@EXAMPLE.COM", null, 1)]
    [InlineData("O’HIGGINS", "1980-04-12", null, "+447400123456", 1)]
    [InlineData("OHiggins", "1980-04-12", "other@example.com", "+447400123456", 1)]
    [InlineData("O'Higgins", "1980-04-13", "mary@example.com", "+447400123456", 0)]
    [InlineData("Higgins", "1980-04-12", "mary@example.com", "+447400123456", 0)]
    [InlineData("O'Higgins", "1980-04-12", "other@example.com", "+447400999999", 0)]
    [InlineData("O'Higgins", "1980-04-12", null, null, 0)]
    public async Task FindMatches_NeedsTheFamilyNameKeyAndBirthDate_AndTheEmailOrTheMobile(string familyName, string dateOfBirth, string? email, string? mobile, int expected)
    {
        var chargeband = await Seed.SaveAsync(_database.Services, Seed.Chargeband());
        var mary = await Seed.SaveAsync(_database.Services, Patient.Register(Seed.Details("Mary", "O'Higgins", MarysBirthday, "Mary@Example.com", "+447400123456"), chargeband.Id, Seed.Now));

        var matches = await _database.Services.InScopeAsync(scope => scope.GetRequiredService<IPatientRepository>().FindMatchesAsync(
            FamilyName.Normalize(familyName),
            DateOnly.Parse(dateOfBirth, CultureInfo.InvariantCulture),
            email is null ? null : EmailAddress.Key(email),
            mobile,
            CancellationToken.None));

        Assert.Equal(expected, matches.Count);
        Assert.All(matches, match => Assert.Equal(mary.Id, match.Id));
    }

    [Fact]
    public async Task FindWithPasswordByEmail_ReturnsEveryFamilyMemberWithAPassword_OldestAccountFirst()
    {
        var chargeband = await Seed.SaveAsync(_database.Services, Seed.Chargeband());
        var son = await Seed.SaveAsync(_database.Services, Seed.SignedUp(chargeband.Id, Seed.Details("Cian", "Kelly", new DateOnly(2008, 9, 1), "Family@Example.com", null), minutesLater: 10));
        var mother = await Seed.SaveAsync(_database.Services, Seed.SignedUp(chargeband.Id, Seed.Details("Maeve", "Kelly", new DateOnly(1975, 2, 3), "family@example.com", null)));
        await Seed.SaveAsync(_database.Services, Patient.Register(Seed.Details("Aoife", "Kelly", new DateOnly(2012, 5, 6), "family@example.com", null), chargeband.Id, Seed.Now));
        await Seed.SaveAsync(_database.Services, Seed.SignedUp(chargeband.Id, Seed.Details("Niamh", "Byrne", new DateOnly(1990, 1, 1), "niamh@example.com", null)));

        var holders = await _database.Services.InScopeAsync(scope =>
            scope.GetRequiredService<IPatientRepository>().FindWithPasswordByEmailAsync(EmailAddress.Key("FAMILY@example.com"), CancellationToken.None));

        Assert.Equal([mother.Id, son.Id], holders.Select(patient => patient.Id));
        Assert.All(holders, holder => Assert.NotNull(holder.Account.PasswordHash));
    }

    [Fact]
    public async Task Find_LoadsThePatientWithTheirAccount()
    {
        var chargeband = await Seed.SaveAsync(_database.Services, Seed.Chargeband());
        var saved = await Seed.SaveAsync(_database.Services, Seed.SignedUp(chargeband.Id, Seed.Details("Mary", "Ní Bhriain", MarysBirthday, "mary@example.ie", "+353851234567")));

        var loaded = await _database.Services.InScopeAsync(scope => scope.GetRequiredService<IPatientRepository>().FindAsync(saved.Id, CancellationToken.None));

        Assert.NotNull(loaded);
        Assert.Equal("nibhriain", loaded.FamilyNameKey);
        Assert.Equal("mary@example.ie", loaded.EmailKey);
        Assert.Equal(AccountStatus.PendingConfirmation, loaded.Account.Status);
        Assert.Equal("hash-Mary", loaded.Account.PasswordHash);
        Assert.Equal(Seed.Now, loaded.CreatedAt);
    }
}
