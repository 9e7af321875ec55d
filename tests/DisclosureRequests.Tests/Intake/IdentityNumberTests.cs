using CsCheck;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Tests.Intake;

public sealed class IdentityNumberTests
{
    [Theory]
    [InlineData("110101199003070011", true)]
    [InlineData("11010519491231002X", true)]
    [InlineData("11010519491231002x", true)]
    [InlineData("110101199003070012", false)]
    [InlineData("11010119900307001", false)]
    [InlineData("1101011990030700A1", false)]
    public void A_resident_ID_is_valid_only_with_its_GB_11643_check_character(string number, bool valid) =>
        Assert.Equal(valid, ResidentIdNumber.IsValid(number));

    [Fact]
    public void Changing_any_one_digit_of_a_valid_resident_ID_is_caught() =>
        Gen.Select(Gen.Int[0, 16], Gen.Int[1, 9]).Sample((position, delta) =>
        {
            var digits = "110101199003070011".ToCharArray();
            digits[position] = (char)('0' + (digits[position] - '0' + delta) % 10);
            return !ResidentIdNumber.IsValid(new string(digits));
        });

    [Theory]
    [InlineData("91110000000000000E", true)]
    [InlineData("91350100M000100Y43", true)]
    [InlineData("91110000000000000X", false)]
    [InlineData("9111000000000000IE", false)]
    [InlineData("91110000000000000", false)]
    public void A_unified_social_credit_code_is_valid_only_with_its_GB_32100_check_character(string code, bool valid) =>
        Assert.Equal(valid, CreditCode.IsValid(code));

    [Fact]
    public void An_organisation_without_a_valid_credit_code_is_refused_by_the_rules()
    {
        var application = new ApplicationDetails(
            new Applicant("commercial-enterprise", "某公司", null, "91110000000000000X", "a@example.cn", null, null), "招标文件", "electronic", "email");

        Assert.Contains(new FieldError("applicant.organizationCode", "credit-code"), ApplicationRules.Check(application));
    }
}
