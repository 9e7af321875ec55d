using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Fees;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Tests.Cases;

/// <summary>
/// A time limit "from receipt" runs from the day the letter reached its recipient: the day it is e-mailed, or, for a
/// letter on paper or held for an unconfirmed address, the day it was handed over, signed for, or e-mailed at last; an
/// e-mail that went out only on a later day, from that day.
/// </summary>
public sealed class LetterServiceTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;
    private static readonly Actor Officer = Actor.Officer("officer", StaffRoles.CaseOfficer);
    private static readonly DateOnly Monday = new(2026, 3, 2);

    private static DateTimeOffset At(DateOnly day, int hour = 10) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));

    private static CaseDecision Decide(CaseState state, CaseCommand command, DateOnly? on = null, Actor? actor = null) =>
        CaseWorkflow.Decide(state, command, new CaseContext(Calendar, At(on ?? Monday), actor ?? Officer, new WorkflowSettings()));

    private static CaseDecision.Accepted Apply(CaseState state, CaseCommand command, DateOnly? on = null, Actor? actor = null) =>
        Assert.IsType<CaseDecision.Accepted>(Decide(state, command, on, actor));

    private static CaseState Assigned(string? email, bool confirmationPending = false)
    {
        var applicant = new Applicant("natural-person", "张三", null, null, email, null, "某市某区某路1号");
        var filed = CaseFiling.Open("c0ffee00c0ffee00c0ffee00c0ffee00", "2026-000001",
            new ApplicationDetails(applicant, "某文件", "paper", email is null ? "post" : "email"),
            "online", Monday, At(Monday), "hash", null, null, Calendar).State with
        { EmailConfirmationPending = confirmationPending };
        return Apply(filed, new CaseCommand.Assign("officer")).State;
    }

    private static CaseDecision.Accepted AskToClarify(CaseState state) =>
        Apply(state, new CaseCommand.RequestClarification(["请说明所需文件的名称和年份"], 15));

    private static bool Lapses(CaseState state, DateOnly on) =>
        Decide(state, new CaseCommand.FireDueTimers(), on, Actor.System) is CaseDecision.Accepted { State.Status: CaseStatus.Lapsed };

    [Fact]
    public void An_e_mailed_clarification_notice_names_its_last_day_counted_from_the_day_it_is_sent()
    {
        var asked = AskToClarify(Assigned("z@example.cn"));

        Assert.Equal(new LetterService(asked.Outbox[0].Id, Monday, ByEmail: true), asked.State.Clarification!.Service);
        Assert.Equal(new DateOnly(2026, 3, 23), asked.State.Clarification.ReplyBy);
        Assert.Equal(new DateOnly(2026, 3, 23), Assert.IsType<ClarificationNoticeLetter>(Assert.Single(asked.Outbox).Content).ReplyBy);
        Assert.True(Lapses(asked.State, new DateOnly(2026, 3, 24)));
    }

    [Fact]
    public void A_notice_whose_e_mail_could_not_be_delivered_is_served_on_paper_and_runs_from_then()
    {
        var asked = AskToClarify(Assigned("z@example.cn"));
        var id = asked.Outbox[0].Id;

        var posted = Apply(asked.State, new CaseCommand.RecordLetterDispatch(id, "补正告知书", LetterDispatch.RegisteredPost, new DateOnly(2026, 3, 3), EmailUndelivered: true),
            new DateOnly(2026, 3, 3)).State;
        Assert.Null(posted.Clarification!.ReplyBy);
        Assert.False(Lapses(posted, new DateOnly(2026, 3, 24)));
        var signed = Apply(posted, new CaseCommand.RecordLetterReceipt(id, "补正告知书", new DateOnly(2026, 3, 9)), new DateOnly(2026, 3, 10)).State;

        Assert.Equal(new DateOnly(2026, 3, 30), signed.Clarification!.ReplyBy);
        var mailedAndPosted = Apply(asked.State, new CaseCommand.RecordLetterDispatch(id, "补正告知书", LetterDispatch.RegisteredPost, new DateOnly(2026, 3, 3)),
            new DateOnly(2026, 3, 3)).State;
        Assert.Equal(new DateOnly(2026, 3, 23), mailedAndPosted.Clarification!.ReplyBy);
    }

    [Fact]
    public void A_posted_clarification_notice_lapses_only_after_the_period_counted_from_the_day_it_was_signed_for()
    {
        var asked = AskToClarify(Assigned(email: null));
        var notice = Assert.Single(asked.Outbox);
        Assert.Equal(notice.Id, asked.State.Clarification!.Service!.ItemId);
        Assert.Null(asked.State.Clarification.ReplyBy);
        Assert.Null(Assert.IsType<ClarificationNoticeLetter>(notice.Content).ReplyBy);

        var posted = Apply(asked.State, new CaseCommand.RecordLetterDispatch(notice.Id, "补正告知书", LetterDispatch.RegisteredPost, new DateOnly(2026, 3, 3)), new DateOnly(2026, 3, 3)).State;
        Assert.DoesNotContain(CaseTimers.Armed(posted, Calendar), t => t.Kind == TimerKind.ClarificationLapse);
        Assert.False(Lapses(posted, new DateOnly(2026, 5, 6)));

        var signed = Apply(posted, new CaseCommand.RecordLetterReceipt(notice.Id, "补正告知书", new DateOnly(2026, 3, 9)), new DateOnly(2026, 3, 12));
        Assert.Equal(new DateOnly(2026, 3, 30), signed.State.Clarification!.ReplyBy);
        Assert.Equal(new DateOnly(2026, 3, 9), signed.State.LetterDispatches.Single().ReceivedOn);
        var line = Assert.Single(signed.Events);
        Assert.Equal("letter-received", line.Type);
        Assert.Equal("2026-03-09", line.Details["on"]);
        Assert.False(Lapses(signed.State, new DateOnly(2026, 3, 30)));
        Assert.True(Lapses(signed.State, new DateOnly(2026, 3, 31)));
    }

    [Fact]
    public void A_notice_handed_over_in_person_counts_from_that_day()
    {
        var asked = AskToClarify(Assigned(email: null));
        var served = Apply(asked.State, new CaseCommand.RecordLetterDispatch(asked.Outbox[0].Id, "补正告知书", LetterDispatch.InPerson, new DateOnly(2026, 3, 9)), new DateOnly(2026, 3, 9));

        Assert.Equal(new DateOnly(2026, 3, 9), served.State.Clarification!.Service!.ServedOn);
        Assert.Equal(new DateOnly(2026, 3, 30), served.State.Clarification.ReplyBy);
    }

    [Fact]
    public void A_notice_held_for_an_unconfirmed_address_counts_from_the_day_the_applicant_confirms_it()
    {
        var asked = AskToClarify(Assigned("z@example.cn", confirmationPending: true));
        Assert.True(asked.State.Clarification!.Service!.IsPending);
        Assert.False(Lapses(asked.State, new DateOnly(2026, 4, 1)));

        var confirmed = Apply(asked.State, new CaseCommand.ConfirmApplicantEmail(), new DateOnly(2026, 3, 9), Actor.Applicant).State;

        Assert.Equal(new DateOnly(2026, 3, 30), confirmed.Clarification!.ReplyBy);
        Assert.True(Lapses(confirmed, new DateOnly(2026, 3, 31)));
    }

    [Fact]
    public void A_notice_the_applicant_reads_on_their_own_page_is_served_that_day_and_only_the_applicant_reading_serves_it()
    {
        var asked = AskToClarify(Assigned("z@example.cn", confirmationPending: true));
        var letters = new Dictionary<string, string> { [asked.Outbox[0].Id] = "政府信息公开申请补正告知书" };
        var reading = new CaseCommand.RecordOnlineReading(letters);

        Assert.Equal(RefusalKind.Forbidden, Assert.IsType<CaseDecision.Refused>(Decide(asked.State, reading, new DateOnly(2026, 3, 9))).Kind);
        Assert.Equal("nothing-to-serve", Assert.IsType<CaseDecision.Refused>(
            Decide(asked.State, new CaseCommand.RecordOnlineReading(new Dictionary<string, string> { ["other"] = "x" }), new DateOnly(2026, 3, 9), Actor.Applicant)).Code);
        var read = Apply(asked.State, reading, new DateOnly(2026, 3, 9), Actor.Applicant);

        Assert.Equal(new DateOnly(2026, 3, 30), read.State.Clarification!.ReplyBy);
        Assert.Equal("政府信息公开申请补正告知书", Assert.Single(read.Events, e => e.Type == "letter-read-online").Details["letter"]);
        Assert.Equal("nothing-to-serve", Assert.IsType<CaseDecision.Refused>(Decide(read.State, reading, new DateOnly(2026, 3, 10), Actor.Applicant)).Code);
        Assert.Empty(read.State.ApplicantLettersAwaitingService());
    }

    [Fact]
    public void A_posted_fee_notice_is_payable_within_the_period_counted_from_the_day_it_was_signed_for()
    {
        var noticed = Apply(Assigned(email: null), new CaseCommand.IssueFeeNotice(FeeBasis.Pages, 200, 0));
        var letter = Assert.Single(noticed.Outbox);
        Assert.Null(noticed.State.Fee!.PayBy);
        Assert.Null(Assert.IsType<FeeNoticeLetter>(letter.Content).PayBy);
        var posted = Apply(noticed.State, new CaseCommand.RecordLetterDispatch(letter.Id, "收费通知书", LetterDispatch.Express, Monday)).State;
        Assert.False(Lapses(posted, new DateOnly(2026, 5, 6)));

        var signed = Apply(posted, new CaseCommand.RecordLetterReceipt(letter.Id, "收费通知书", new DateOnly(2026, 3, 4)), new DateOnly(2026, 3, 5)).State;

        Assert.Equal(new DateOnly(2026, 4, 1), signed.Fee!.PayBy);
        Assert.False(Lapses(signed, new DateOnly(2026, 4, 1)));
        Assert.True(Lapses(signed, new DateOnly(2026, 4, 2)));
    }

    [Fact]
    public void A_party_without_e_mail_is_given_its_period_from_the_day_it_signed_for_the_letter()
    {
        var consulted = Apply(Assigned("z@example.cn"), new CaseCommand.ConsultThirdParties(
            [new Party("某建设公司", "a@b.cn", null), new Party("某设计院", null, "某市某路2号")]));
        var (mailed, posted) = (consulted.State.Consultations[0], consulted.State.Consultations[1]);
        Assert.Equal(new DateOnly(2026, 3, 23), mailed.RespondBy);
        Assert.Null(posted.RespondBy);
        Assert.Equal(consulted.Outbox[1].Id, posted.Service!.ItemId);
        Assert.Null(Assert.IsType<ThirdPartyConsultationLetter>(consulted.Outbox[1].Content).RespondBy);
        Assert.DoesNotContain("respondBy", Assert.Single(consulted.Events).Details.Keys);
        Assert.Equal(["consultation-silence-c1"], CaseTimers.Armed(consulted.State, Calendar).Select(t => t.Id));

        var sent = Apply(consulted.State, new CaseCommand.RecordLetterDispatch(consulted.Outbox[1].Id, "征求意见书", LetterDispatch.RegisteredPost, Monday)).State;
        var signed = Apply(sent, new CaseCommand.RecordLetterReceipt(consulted.Outbox[1].Id, "征求意见书", new DateOnly(2026, 3, 9)), new DateOnly(2026, 3, 10)).State;

        Assert.Equal(new DateOnly(2026, 3, 30), signed.Consultations[1].RespondBy);
        Assert.Equal(new DateOnly(2026, 3, 31), DateOnly.FromDateTime(CaseTimers.Armed(signed, Calendar).Single(t => t.ConsultationId == "c2").DueAt.DateTime));
    }

    [Fact]
    public void A_receipt_is_recorded_once_for_a_posted_letter_on_a_day_between_its_posting_and_today_by_an_officer()
    {
        var asked = AskToClarify(Assigned(email: null));
        var id = asked.Outbox[0].Id;
        CaseCommand Receipt(int day) => new CaseCommand.RecordLetterReceipt(id, "补正告知书", new DateOnly(2026, 3, day));

        Assert.Equal("not-posted", Assert.IsType<CaseDecision.Refused>(Decide(asked.State, Receipt(4), new DateOnly(2026, 3, 5))).Code);
        var posted = Apply(asked.State, new CaseCommand.RecordLetterDispatch(id, "补正告知书", LetterDispatch.OrdinaryPost, new DateOnly(2026, 3, 3)), new DateOnly(2026, 3, 3)).State;
        Assert.Equal("on", Assert.IsType<CaseDecision.Refused>(Decide(posted, Receipt(2), new DateOnly(2026, 3, 5))).Code);
        Assert.Equal("on", Assert.IsType<CaseDecision.Refused>(Decide(posted, Receipt(6), new DateOnly(2026, 3, 5))).Code);
        Assert.Equal("on", Assert.IsType<CaseDecision.Refused>(Decide(posted, new CaseCommand.RecordLetterReceipt(id, "补正告知书", null), new DateOnly(2026, 3, 5))).Code);
        Assert.Equal(RefusalKind.Forbidden, Assert.IsType<CaseDecision.Refused>(
            Decide(posted, Receipt(4), new DateOnly(2026, 3, 5), Actor.Officer("head", StaffRoles.Approver))).Kind);

        var signed = Apply(posted, Receipt(4), new DateOnly(2026, 3, 5)).State;
        Assert.Equal("already-served", Assert.IsType<CaseDecision.Refused>(Decide(signed, Receipt(5), new DateOnly(2026, 3, 5))).Code);
        Assert.Equal(new DateOnly(2026, 3, 4), signed.Clarification!.Service!.ServedOn);
    }

    [Fact]
    public void An_e_mail_that_went_out_a_day_late_gives_its_recipient_the_period_from_the_day_it_went_out()
    {
        var asked = AskToClarify(Assigned("z@example.cn"));
        var id = asked.Outbox[0].Id;
        var tuesday = new DateOnly(2026, 3, 3);
        CaseCommand SentOn(DateOnly day) => new CaseCommand.RecordEmailSent(id, "政府信息公开申请补正告知书", day);

        Assert.Equal(RefusalKind.Forbidden, Assert.IsType<CaseDecision.Refused>(Decide(asked.State, SentOn(tuesday), tuesday)).Kind);
        Assert.Equal(RefusalKind.Forbidden, Assert.IsType<CaseDecision.Refused>(Decide(asked.State, SentOn(tuesday), tuesday, Actor.Applicant)).Kind);
        Assert.Equal("nothing-to-serve", Assert.IsType<CaseDecision.Refused>(Decide(asked.State, SentOn(Monday), Monday, Actor.System)).Code);
        var late = Apply(asked.State, SentOn(tuesday), tuesday, Actor.System);

        Assert.Equal(new LetterService(id, tuesday, ByEmail: true), late.State.Clarification!.Service);
        Assert.Equal(new DateOnly(2026, 3, 24), late.State.Clarification.ReplyBy);
        Assert.False(Lapses(late.State, new DateOnly(2026, 3, 24)));
        Assert.True(Lapses(late.State, new DateOnly(2026, 3, 25)));
        var line = Assert.Single(late.Events, e => e.Type == "letter-emailed-late");
        Assert.Equal("2026-03-03", line.Details["on"]);
        Assert.Equal("nothing-to-serve", Assert.IsType<CaseDecision.Refused>(Decide(late.State, SentOn(tuesday), tuesday, Actor.System)).Code);
        var answered = Apply(asked.State, new CaseCommand.AnswerClarification("《某文件》，2025年"), tuesday, Actor.Applicant).State;
        Assert.Equal("nothing-to-serve", Assert.IsType<CaseDecision.Refused>(Decide(answered, SentOn(tuesday), tuesday, Actor.System)).Code);
    }

    [Fact]
    public void A_letter_read_online_or_served_on_paper_keeps_its_day_when_its_e_mail_goes_out_later()
    {
        var held = AskToClarify(Assigned("z@example.cn", confirmationPending: true));
        var id = held.Outbox[0].Id;
        var (monday9, tuesday10) = (new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 10));
        CaseCommand SentOn(DateOnly day) => new CaseCommand.RecordEmailSent(id, "政府信息公开申请补正告知书", day);

        var read = Apply(held.State, new CaseCommand.RecordOnlineReading(new Dictionary<string, string> { [id] = "补正告知书" }), monday9, Actor.Applicant).State;
        Assert.Equal("nothing-to-serve", Assert.IsType<CaseDecision.Refused>(Decide(read, SentOn(tuesday10), tuesday10, Actor.System)).Code);

        var confirmed = Apply(held.State, new CaseCommand.ConfirmApplicantEmail(), monday9, Actor.Applicant).State;
        Assert.Equal(new DateOnly(2026, 3, 31), Apply(confirmed, SentOn(tuesday10), tuesday10, Actor.System).State.Clarification!.ReplyBy);

        var mailed = AskToClarify(Assigned("z@example.cn"));
        var posted = Apply(mailed.State, new CaseCommand.RecordLetterDispatch(mailed.Outbox[0].Id, "补正告知书", LetterDispatch.InPerson, new DateOnly(2026, 3, 3), EmailUndelivered: true),
            new DateOnly(2026, 3, 3)).State;
        Assert.Equal("nothing-to-serve", Assert.IsType<CaseDecision.Refused>(
            Decide(posted, new CaseCommand.RecordEmailSent(mailed.Outbox[0].Id, "补正告知书", new DateOnly(2026, 3, 4)), new DateOnly(2026, 3, 4), Actor.System)).Code);
    }

    [Fact]
    public void A_fee_notice_and_a_consultation_e_mailed_late_count_from_the_day_they_went_out()
    {
        var tuesday = new DateOnly(2026, 3, 3);
        var noticed = Apply(Assigned("z@example.cn"), new CaseCommand.IssueFeeNotice(FeeBasis.Pages, 200, 0));
        Assert.Equal(new DateOnly(2026, 3, 30), noticed.State.Fee!.PayBy);
        var feeLate = Apply(noticed.State, new CaseCommand.RecordEmailSent(noticed.Outbox[0].Id, "收费通知书", tuesday), tuesday, Actor.System).State;
        Assert.Equal(new DateOnly(2026, 3, 31), feeLate.Fee!.PayBy);

        var consulted = Apply(Assigned("z@example.cn"), new CaseCommand.ConsultThirdParties([new Party("某建设公司", "a@b.cn", null)]));
        var consultationLate = Apply(consulted.State, new CaseCommand.RecordEmailSent(consulted.Outbox[0].Id, "征求意见书", tuesday), tuesday, Actor.System).State;
        Assert.Equal(new DateOnly(2026, 3, 24), consultationLate.Consultations[0].RespondBy);
        Assert.Equal(new DateOnly(2026, 3, 25), DateOnly.FromDateTime(CaseTimers.Armed(consultationLate, Calendar).Single(t => t.ConsultationId == "c1").DueAt.DateTime));
    }

    [Fact]
    public void A_posted_notice_signed_for_after_the_applicant_answered_still_records_the_day_it_was_served()
    {
        var asked = AskToClarify(Assigned(email: null));
        var id = asked.Outbox[0].Id;
        var posted = Apply(asked.State, new CaseCommand.RecordLetterDispatch(id, "补正告知书", LetterDispatch.RegisteredPost, new DateOnly(2026, 3, 3)), new DateOnly(2026, 3, 3)).State;
        var answered = Apply(posted, new CaseCommand.AnswerClarification("《某文件》，2025年"), new DateOnly(2026, 3, 4), Actor.Applicant).State;

        var signed = Apply(answered, new CaseCommand.RecordLetterReceipt(id, "补正告知书", new DateOnly(2026, 3, 4)), new DateOnly(2026, 3, 5)).State;

        Assert.Equal(new DateOnly(2026, 3, 4), signed.Clarification!.Service!.ServedOn);
        Assert.False(signed.AwaitsService(id));
    }
}
