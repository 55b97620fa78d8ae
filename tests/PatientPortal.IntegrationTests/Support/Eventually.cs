namespace PatientPortal.IntegrationTests.Support;

/// <summary>Waits for background work (Hangfire jobs) to reach a state, polling; fails with the last value seen.</summary>
public static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {seconds} s waiting for {what}; last seen: {value}");
            }

            await Task.Delay(100);
        }
    }
}
