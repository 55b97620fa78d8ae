using System.Net;
using System.Text.RegularExpressions;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>A server-rendered page with its antiforgery token, posted back as a browser would.</summary>
public sealed partial class HtmlForm(string html, string? token)
{
    public string Html { get; } = html;

    public string? Token { get; } = token;

    public static async Task<HtmlForm> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    public static async Task<HtmlForm> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var input = TokenInput().Match(html);
        var value = input.Success ? ValueAttribute().Match(input.Value) : null;
        return new HtmlForm(html, value is { Success: true } ? WebUtility.HtmlDecode(value.Groups[1].Value) : null);
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields, bool withToken = true)
    {
        if (withToken)
        {
            Assert.NotNull(Token);
            fields["__RequestVerificationToken"] = Token!;
        }

        return client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    public string? HiddenValue(string name)
    {
        var match = Regex.Match(Html, $"<input type=\"hidden\" name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex TokenInput();

    [GeneratedRegex("value=\"([^\"]+)\"")]
    private static partial Regex ValueAttribute();
}
