using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PatientPortal.BrowserTests.Templates;

/// <summary>
/// A text of the template editor: a CodeMirror editor (pp-code-editor) whose content, a contenteditable, is what its
/// label names, so tests type into it as into any field (FillAsync, PressSequentiallyAsync). It has no input value:
/// what it holds is read from the editor element, as the screen reads it.
/// </summary>
public static class TemplateText
{
    /// <summary>The editor element around the content (in the same shadow root: the editor has none of its own).</summary>
    public static ILocator EditorOf(ILocator content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Locator("xpath=ancestor::pp-code-editor[1]");
    }

    public static Task<string> ValueAsync(ILocator content) => EditorOf(content).EvaluateAsync<string>("editor => editor.value");

    /// <summary>Waits until the editor holds exactly <paramref name="value"/>.</summary>
    public static Task ExpectValueAsync(ILocator content, string value) => Assertions.Expect(EditorOf(content)).ToHaveJSPropertyAsync("value", value);

    /// <summary>Waits until the editor's text matches <paramref name="pattern"/> (its lines read one after another).</summary>
    public static Task ExpectValueAsync(ILocator content, Regex pattern) => Assertions.Expect(content).ToHaveTextAsync(pattern);

    /// <summary>The 1-based line of the editor's cursor.</summary>
    public static Task<int> CursorLineAsync(ILocator content) => EditorOf(content).EvaluateAsync<int>("editor => editor.cursorLine");
}
