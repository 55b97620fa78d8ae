using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Patients;

namespace PatientPortal.Website.DemoData;

/// <summary>Deterministic demo patients: the same names on every machine, families sharing an email and mobile.</summary>
internal static class DemoPatients
{
    private static readonly string[] GivenNames =
    [
        "Olivia", "Jack", "Amelia", "Noah", "Isla", "Oliver", "Ava", "Leo", "Mia", "Arthur", "Freya", "Muhammad", "Grace", "Harry",
        "Sophia", "Oscar", "Ella", "George", "Lily", "Theo", "Aoife", "Seán", "Zofia", "Chidi", "Priya", "Mateusz", "Siobhán", "Yusuf",
    ];

    private static readonly string[] FamilyNames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright", "O'Higgins", "McCarthy",
        "Nowak", "Okafor", "Khan", "Evans", "Thomas", "Roberts", "Ní Bhriain", "Lewis", "Hughes", "Kowalski", "Müller", "Walker",
        "Fitzgerald-Hart", "D'Souza", "Clarke", "Hall",
    ];

    private static readonly string[] Titles = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"];

    public static List<Patient> Create(IReadOnlyList<Chargeband> chargebands, DateTimeOffset now, int count)
    {
        var random = new Random(1234);
        var patients = new List<Patient>(count);
        while (patients.Count < count)
        {
            var familyName = FamilyNames[random.Next(FamilyNames.Length)];
            var chargeband = chargebands[random.Next(chargebands.Count)];
            var sharedMobile = $"+4477009{random.Next(0, 100_000):D5}";
            var householdEmail = $"{Slug(familyName)}.{patients.Count}@example.org";
            // Roughly one household in five is a family sharing one email and mobile.
            var members = random.Next(5) == 0 ? random.Next(2, 5) : 1;
            Patient? primary = null;
            for (var member = 0; member < members && patients.Count < count; member++)
            {
                var adult = member < 2;
                var birth = new DateOnly(adult ? random.Next(1945, 2000) : random.Next(2008, 2022), random.Next(1, 13), random.Next(1, 29));
                var details = new PatientDetails(
                    adult ? Titles[random.Next(Titles.Length)] : null,
                    GivenNames[random.Next(GivenNames.Length)],
                    familyName,
                    birth,
                    random.Next(10) == 0 && members == 1 ? null : householdEmail,
                    random.Next(12) == 0 && members == 1 ? null : sharedMobile);
                // Children are family members whose portal account the first adult manages.
                var patient = Patient.Register(details, chargeband.Id, now, adult ? null : primary?.Id);
                primary ??= patient;
                patients.Add(patient);
            }
        }

        return patients;
    }

    private static string Slug(string name) => new(name.ToLowerInvariant().Where(char.IsAsciiLetter).ToArray());
}
