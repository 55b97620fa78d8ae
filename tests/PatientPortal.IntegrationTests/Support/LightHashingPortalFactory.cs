namespace PatientPortal.IntegrationTests.Support;

/// <summary>
/// The site with the least password-hashing work the options allow (100,000 rounds, one check per sign-in), for tests
/// that sign in and change passwords many times and test nothing about hashing or its timing.
/// </summary>
public sealed class LightHashingPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:Passwords:HashIterations"] = "100000",
        ["PatientPortal:Passwords:SignInHashBudget"] = "1",
    };
}
