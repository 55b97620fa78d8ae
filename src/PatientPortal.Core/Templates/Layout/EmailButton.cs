using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using PatientPortal.Core.Practice;

namespace PatientPortal.Core.Templates.Layout;

/// <summary>
/// The <c>button</c> filter: <c>{{ link | button: "Set up my account" }}</c> writes the message's link as a large
/// button in the practice's colour. Its markup is the part of an email that clients break most easily, so it is
/// written once here: a table cell with the colour (Outlook ignores padding on links) and a link padded to 52 px
/// tall, over the 44 px a finger needs. The address and the words are encoded like any other value.
/// </summary>
internal static class EmailButton
{
    public const string Filter = "button";

    public static void Register(FilterCollection filters, PracticeBrand brand, HtmlEncoder encoder) =>
        filters.AddFilter(Filter, (input, arguments, _) =>
            new ValueTask<FluidValue>(new StringValue(Html(input.ToStringValue(), arguments.At(0).ToStringValue(), brand, encoder), encode: false)));

    public static string Html(string url, string label, PracticeBrand brand, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(encoder);
        var colour = encoder.Encode(brand.Colour);
        var text = encoder.Encode(brand.TextOnColour);
        var words = encoder.Encode(string.IsNullOrWhiteSpace(label) ? url : label);
        return $"<table role=\"presentation\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin:24px 0;border-collapse:separate;\"><tr>"
            + $"<td align=\"center\" bgcolor=\"{colour}\" style=\"border-radius:6px;background-color:{colour};\">"
            + $"<a style=\"display:inline-block;padding:14px 28px;font-family:Arial,Helvetica,sans-serif;font-size:18px;line-height:24px;font-weight:bold;color:{text};text-decoration:none;border-radius:6px;\" href=\"{encoder.Encode(url)}\">{words}</a>"
            + "</td></tr></table>";
    }
}
