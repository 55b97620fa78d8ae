using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Security;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Security;

public sealed class PasswordHasherTests : IDisposable
{
    private const string Password = "lantern quarry mosaic thimble";
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Verify_OfTheSamePassword_Succeeds()
    {
        await using var services = WithIterations(100_000);
        var hasher = services.GetRequiredService<IPatientPasswordHasher>();

        var hash = await hasher.HashAsync(Password, CancellationToken.None);

        Assert.DoesNotContain(Password, hash, StringComparison.Ordinal);
        Assert.Equal(PasswordCheck.Success, await hasher.VerifyAsync(hash, Password, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_OfAnotherPassword_Fails()
    {
        await using var services = WithIterations(100_000);
        var hasher = services.GetRequiredService<IPatientPasswordHasher>();
        var hash = await hasher.HashAsync(Password, CancellationToken.None);

        Assert.Equal(PasswordCheck.Failed, await hasher.VerifyAsync(hash, "Lantern quarry mosaic thimble", CancellationToken.None));
        Assert.Equal(PasswordCheck.Failed, await hasher.VerifyAsync(hash, string.Empty, CancellationToken.None));
    }

    [Fact]
    public async Task Hash_IsSaltedSoTheSamePasswordHashesDifferently()
    {
        await using var services = WithIterations(100_000);
        var hasher = services.GetRequiredService<IPatientPasswordHasher>();

        Assert.NotEqual(await hasher.HashAsync(Password, CancellationToken.None), await hasher.HashAsync(Password, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_OfAHashMadeWithFewerIterations_AsksForARehash()
    {
        string weakHash;
        await using (var weak = WithIterations(100_000))
        {
            weakHash = await weak.GetRequiredService<IPatientPasswordHasher>().HashAsync(Password, CancellationToken.None);
        }

        await using var strong = WithIterations(120_000);
        var hasher = strong.GetRequiredService<IPatientPasswordHasher>();

        Assert.Equal(PasswordCheck.SuccessRehashNeeded, await hasher.VerifyAsync(weakHash, Password, CancellationToken.None));
        Assert.Equal(PasswordCheck.Failed, await hasher.VerifyAsync(weakHash, "not the password at all", CancellationToken.None));
        Assert.Equal(PasswordCheck.Success, await hasher.VerifyAsync(await hasher.HashAsync(Password, CancellationToken.None), Password, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_OfAMalformedHash_Fails()
    {
        await using var services = WithIterations(100_000);

        Assert.Equal(PasswordCheck.Failed, await services.GetRequiredService<IPatientPasswordHasher>().VerifyAsync("bm90IGEgaGFzaA==", Password, CancellationToken.None));
    }

    private ServiceProvider WithIterations(int iterations) =>
        InfrastructureServices.Build(_directory, new Dictionary<string, string?> { ["PatientPortal:Passwords:HashIterations"] = iterations.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}
