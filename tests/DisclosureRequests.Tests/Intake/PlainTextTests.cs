using CsCheck;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Tests.Intake;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("张\u202E三", "张三")]
    [InlineData("a\u0000b\u0007c\u001B", "abc")]
    [InlineData("x\u2066y\u2069z\u200F", "xyz")]
    [InlineData("第一行\r\n第二行\t完", "第一行\r\n第二行\t完")]
    public void Control_and_bidirectional_characters_are_dropped_and_line_breaks_kept(string text, string clean) =>
        Assert.Equal(clean, PlainText.Clean(text));

    [Fact]
    public void An_unpaired_surrogate_is_dropped_and_a_paired_one_kept() =>
        Assert.Equal("𠀀", PlainText.Clean("𠀀" + '\ud800'));

    [Fact]
    public void Cleaning_is_idempotent_and_never_lengthens_a_text() =>
        Gen.String.Sample(text =>
        {
            var clean = PlainText.Clean(text);
            return clean.Length <= text.Length && PlainText.Clean(clean) == clean;
        });
}
