namespace Narplan.Domain.Governance;

/// <summary>
/// A collaboration agreement that runs for a first term and then extends itself unless a party gives
/// written notice in time (seed 004: "Avtalet gäller under perioden 2022–2025. Senast tolv månader innan
/// avtalstiden löper ut har parterna möjlighet att säga upp avtalet. Om ingen part skriftligen sagt upp
/// avtalet förlängs det med två år i taget.").
/// </summary>
/// <remarks>
/// Terms are closed date intervals: 2022–2025 is 1 January 2022 to 31 December 2025, both included. The last
/// day to give notice is the day <see cref="NoticeMonths"/> calendar months before the term's last day
/// (31 December 2025 → 31 December 2024); a notice given on that day still counts. NodaTime's month
/// arithmetic clamps to the month's end, so a term ending 29 February gives 28 February of the year before.
/// A notice that comes too late for the current term ends the agreement after the following term.
/// </remarks>
public sealed record AgreementTerm
{
    public AgreementTerm(string name, DateInterval firstTerm, int noticeMonths, int extensionYears)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (noticeMonths < 0)
        {
            throw new DomainException("Uppsägningstiden kan inte vara negativ.");
        }

        if (extensionYears < 1)
        {
            throw new DomainException("Avtalet måste förlängas med minst ett år i taget.");
        }

        Name = name;
        FirstTerm = firstTerm;
        NoticeMonths = noticeMonths;
        ExtensionYears = extensionYears;
    }

    /// <summary>Seed 004: 2022–2025, notice twelve months before the end, extended by two years at a time.</summary>
    public static AgreementTerm SodraAlvsborg2022 { get; } = new(
        "Närvårdssamverkan Södra Älvsborg",
        new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2025, 12, 31)),
        noticeMonths: 12,
        extensionYears: 2);

    public string Name { get; }

    /// <summary>The agreed first term, both ends included.</summary>
    public DateInterval FirstTerm { get; }

    public int NoticeMonths { get; }

    public int ExtensionYears { get; }

    /// <summary>The term that contains <paramref name="date"/>, assuming no notice was given (term 0 is the first).</summary>
    public DateInterval TermOn(LocalDate date)
    {
        if (date < FirstTerm.Start)
        {
            throw new DomainException($"Avtalet börjar gälla {FirstTerm.Start:yyyy-MM-dd}.");
        }

        var term = FirstTerm;
        while (date > term.End)
        {
            term = Next(term);
        }

        return term;
    }

    /// <summary>The term after <paramref name="term"/>: from the next day, <see cref="ExtensionYears"/> years long.</summary>
    public DateInterval Next(DateInterval term)
    {
        var start = term.End.PlusDays(1);
        return new DateInterval(start, start.PlusYears(ExtensionYears).PlusDays(-1));
    }

    /// <summary>The last day on which notice ends the agreement at the end of <paramref name="term"/>.</summary>
    public LocalDate NoticeDeadline(DateInterval term) => term.End.PlusMonths(-NoticeMonths);

    /// <summary>
    /// The agreement's state on <paramref name="today"/> given the notices recorded so far: the term in force,
    /// the last day to give notice for it, and — when a party has given notice — the day the agreement ends.
    /// </summary>
    public AgreementStatus StatusOn(LocalDate today, IEnumerable<AgreementNotice> notices)
    {
        var ordered = notices.OrderBy(n => n.GivenOn).ToList();
        foreach (var notice in ordered)
        {
            if (notice.GivenOn < FirstTerm.Start)
            {
                throw new DomainException($"En uppsägning kan inte ges före avtalets början ({FirstTerm.Start:yyyy-MM-dd}).");
            }
        }

        var term = TermOn(today);
        var endsOn = EndAfterNotice(ordered.FirstOrDefault());
        if (endsOn is { } end && today > end)
        {
            return new AgreementStatus(null, null, end, ordered[0]);
        }

        return new AgreementStatus(term, NoticeDeadline(term), endsOn, ordered.FirstOrDefault());
    }

    /// <summary>The last day of the agreement after <paramref name="notice"/>, or null when none is given.</summary>
    public LocalDate? EndAfterNotice(AgreementNotice? notice)
    {
        if (notice is null)
        {
            return null;
        }

        var term = TermOn(notice.GivenOn);
        return notice.GivenOn <= NoticeDeadline(term) ? term.End : Next(term).End;
    }
}

/// <summary>A written notice to end the agreement, given by one party on a date.</summary>
public sealed record AgreementNotice(string Party, LocalDate GivenOn);

/// <summary>
/// Where an agreement stands on a day. <see cref="CurrentTerm"/> is null once the agreement has ended;
/// <see cref="EndsOn"/> is null while it extends itself.
/// </summary>
public sealed record AgreementStatus(DateInterval? CurrentTerm, LocalDate? NoticeDeadline, LocalDate? EndsOn, AgreementNotice? Notice)
{
    public bool HasEnded => CurrentTerm is null;
}
