using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Security;
using PatientPortal.Infrastructure.Security;

namespace PatientPortal.Benchmarks;

/// <summary>
/// The per-request work of a sign-up or sign-in besides the database: the password hash (deliberately
/// slow), the password policy against the 30,000-entry list, and the normalisation of names and numbers.
/// </summary>
[MemoryDiagnoser]
public class SignUpRuleBenchmarks : IDisposable
{
    private const string Password = "correct horse battery staple";
    private readonly PasswordHashingWorkers _workers = new(Options.Create(new PasswordOptions()));
    private readonly IdentityPasswordHasher _hasher;
    private readonly PasswordPolicy _policy = new(new EmbeddedCommonPasswords(), Options.Create(new PasswordOptions()), Options.Create(new PracticeOptions()));
    private string _hash = string.Empty;

    public SignUpRuleBenchmarks() => _hasher = new IdentityPasswordHasher(Options.Create(new PasswordOptions()), _workers);

    [GlobalSetup]
    public void Setup()
    {
        _hash = _hasher.HashAsync(Password, CancellationToken.None).GetAwaiter().GetResult();
        _policy.Check("warm the list up once");
    }

    [Benchmark(Description = "PBKDF2-SHA512 hash, 210,000 iterations")]
    public Task<string> HashPassword() => _hasher.HashAsync(Password, CancellationToken.None);

    [Benchmark(Description = "verify a password")]
    public Task<PasswordCheck> VerifyPassword() => _hasher.VerifyAsync(_hash, Password, CancellationToken.None);

    [Benchmark(Description = "password policy check")]
    public IReadOnlyList<string> CheckPolicy() => _policy.Check(Password, "Orla", "O'Higgins", "orla@example.org");

    [Benchmark(Description = "family-name key")]
    public string NormalizeFamilyName() => FamilyName.Normalize("Ní Bhriain-O'Higgins");

    [Benchmark(Description = "mobile to E.164")]
    public bool NormalizeMobile() => MobileNumber.TryNormalize("07911 123456", "GB", out _, out _);

    public void Dispose()
    {
        _workers.Dispose();
        GC.SuppressFinalize(this);
    }
}
