namespace Narplan.Domain.YearPlans;

/// <summary>
/// Re-planning after changes (DOMAIN.md §6): every booked review that still fits stays where it is — including one moved
/// by hand — and only the reviews that no longer fit, the new patients and the deteriorated are placed again, evenly
/// around the kept ones. When a displaced patient would otherwise be late, one kept review may give way to it (it moves
/// to free room before its own due date); that is the only case in which a review that still fits is moved.
/// </summary>
public static class YearReplanner
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    /// <param name="current">The plan as it stands (bookings made, some perhaps moved by hand).</param>
    /// <param name="changes">What happened, in order.</param>
    /// <param name="today">Nothing is placed before this date; reviews before it are history and stay.</param>
    public static Replanning Replan(YearPlan current, IEnumerable<PlanChange> changes, LocalDate today)
    {
        var input = current.Input;
        var patients = input.Patients.ToList();
        var slots = input.Slots.ToList();
        var reasons = new Dictionary<PatientId, string>();
        var departed = new Dictionary<PatientId, string>();
        var removedDates = new Dictionary<LocalDate, string>();
        foreach (var change in changes)
        {
            switch (change)
            {
                case PlanChange.PatientAdded added:
                    if (patients.Any(p => p.Id == added.Patient.Id))
                    {
                        throw new DomainException($"Patienten {added.Patient.Id} finns redan i årsplanen.");
                    }

                    patients.Add(added.Patient);
                    departed.Remove(added.Patient.Id);
                    reasons[added.Patient.Id] = added.Patient.IsNew
                        ? "Ny patient: vårdplanering så snart det finns plats."
                        : $"Ny på enheten: årlig vårdplanering senast {Iso.Format(input.Settings.DueBy(added.Patient.PreviousReview!.Value))}.";
                    break;
                case PlanChange.PatientDeteriorated deteriorated:
                    var index = IndexOf(patients, deteriorated.PatientId);
                    patients[index] = patients[index] with { DeterioratedOn = deteriorated.On };
                    reasons[deteriorated.PatientId] = $"Försämring {Iso.Format(deteriorated.On)}: vårdplaneringen tidigareläggs.";
                    break;
                case PlanChange.PatientMovedAway moved:
                    patients.RemoveAt(IndexOf(patients, moved.PatientId));
                    departed[moved.PatientId] = "Patienten har flyttat från enheten.";
                    break;
                case PlanChange.PatientDied died:
                    patients.RemoveAt(IndexOf(patients, died.PatientId));
                    departed[died.PatientId] = "Patienten har avlidit.";
                    break;
                case PlanChange.RoundCancelled cancelled:
                    slots.RemoveAll(s => s.Date == cancelled.Date);
                    removedDates[cancelled.Date] = $"Ronden {Iso.Format(cancelled.Date)} är inställd.";
                    break;
                case PlanChange.DoctorAbsent absent:
                    slots.RemoveAll(s => s.Date >= absent.From && s.Date <= absent.To);
                    for (var date = absent.From; date <= absent.To; date = date.PlusDays(1))
                    {
                        removedDates[date] = $"Läkaren är frånvarande {Iso.Format(absent.From)}–{Iso.Format(absent.To)}.";
                    }

                    break;
                case PlanChange.SlotAdded slotAdded:
                    slots.Add(slotAdded.Slot);
                    break;
            }
        }

        var start = today > input.Start ? today : input.Start;
        var next = input with { Patients = patients, Slots = slots, From = start };
        var days = YearPlanner.UsableDays(next);
        var moves = new List<ReviewMove>();
        var kept = new List<PlannedReview>(current.Reviews.Count);
        var candidates = new List<(PlannedReview Review, int Day)>(current.Reviews.Count);
        var booked = new int[days.Length];
        var day = 0;
        // Every review of the plan is of a patient in its input, and a patient leaves only by moving away or dying. The
        // reviews are in date order, like the days, so one walk along the days finds the day of each.
        foreach (var review in current.Reviews)
        {
            while (day < days.Length && days[day].Date < review.Date)
            {
                day++;
            }

            if (departed.TryGetValue(review.PatientId, out var why))
            {
                moves.Add(new ReviewMove(review.PatientId, review.Date, null, why));
            }
            else if (review.Date < start)
            {
                kept.Add(review);
            }
            else if (reasons.ContainsKey(review.PatientId))
            {
                // Deteriorated: placed again, as early as there is room.
            }
            else if (day == days.Length || days[day].Date != review.Date)
            {
                reasons[review.PatientId] = removedDates.GetValueOrDefault(review.Date) ?? $"{Iso.Format(review.Date)} går inte längre att boka.";
            }
            else
            {
                candidates.Add((review, day));
                booked[day]++;
            }
        }

        Dictionary<int, List<PlannedReview>>? overbooked = null;
        foreach (var (review, on) in candidates)
        {
            if (booked[on] <= days[on].Capacity)
            {
                kept.Add(review);
            }
            else
            {
                overbooked ??= [];
                (overbooked.TryGetValue(on, out var list) ? list : overbooked[on] = []).Add(review);
            }
        }

        foreach (var (on, list) in overbooked ?? [])
        {
            // Fewer places than bookings: the ones due soonest stay.
            var ordered = list.OrderBy(r => r.DueBy ?? LocalDate.MinIsoValue).ThenBy(r => r.PatientId).ToList();
            kept.AddRange(ordered.Take(days[on].Capacity));
            foreach (var review in ordered.Skip(days[on].Capacity))
            {
                reasons[review.PatientId] = $"{Iso.Format(days[on].Date)} har färre platser än förut.";
            }
        }

        var plan = GiveWay(YearPlanner.Plan(next, kept, days), kept, days, start, reasons);

        // Both plans list their reviews by date, then patient: one walk along both finds the reviews that changed.
        var (left, arrived) = (new Dictionary<PatientId, LocalDate>(), new List<PlannedReview>());
        var (o, n) = (0, 0);
        while (o < current.Reviews.Count || n < plan.Reviews.Count)
        {
            var order = o == current.Reviews.Count ? 1 : n == plan.Reviews.Count ? -1 : ByDateThenPatient(current.Reviews[o], plan.Reviews[n]);
            if (order < 0)
            {
                left[current.Reviews[o].PatientId] = current.Reviews[o++].Date;
            }
            else if (order > 0)
            {
                arrived.Add(plan.Reviews[n++]);
            }
            else
            {
                (o, n) = (o + 1, n + 1);
            }
        }

        foreach (var review in arrived)
        {
            moves.Add(left.TryGetValue(review.PatientId, out var from)
                ? new ReviewMove(review.PatientId, from, review.Date, reasons.GetValueOrDefault(review.PatientId) ?? "Flyttad.")
                : new ReviewMove(review.PatientId, null, review.Date, reasons.GetValueOrDefault(review.PatientId) ?? "Ny i planen."));
        }

        foreach (var shortfall in plan.Shortfalls)
        {
            var had = left.TryGetValue(shortfall.PatientId, out var from) ? from : (LocalDate?)null;
            var why = reasons.TryGetValue(shortfall.PatientId, out var reason) ? reason + " " : "";
            moves.Add(new ReviewMove(shortfall.PatientId, had, null, why + shortfall.Reason));
        }

        return new Replanning(plan, moves);
    }

    /// <summary>
    /// A review that would be late (or has no date) takes the date of a kept review due later, which moves to free room
    /// on or before its own due date — one kept review moved per patient helped, the nearest free date chosen.
    /// </summary>
    private static YearPlan GiveWay(
        YearPlan plan, List<PlannedReview> kept, (LocalDate Date, int Capacity)[] days, LocalDate start, Dictionary<PatientId, string> reasons)
    {
        // Each review that would be late, by its place in the plan; a patient without a date has none (-1).
        var late = new List<(PatientId PatientId, LocalDate Due, int At)>();
        for (var i = 0; i < plan.Reviews.Count; i++)
        {
            if (plan.Reviews[i] is { IsLate: true, Reason: ReviewReason.Annual } review)
            {
                late.Add((review.PatientId, review.DueBy!.Value, i));
            }
        }

        foreach (var shortfall in plan.Shortfalls)
        {
            if (shortfall.DueBy is { } due)
            {
                late.Add((shortfall.PatientId, due, -1));
            }
        }

        if (late.Count == 0)
        {
            return plan;
        }

        var needing = late.OrderBy(n => n.Due).ToList();
        var reviews = plan.Reviews.ToList();
        var shortfalls = plan.Shortfalls.ToList();
        var dates = new LocalDate[days.Length];
        for (var d = 0; d < days.Length; d++)
        {
            dates[d] = days[d].Date;
        }

        // Per review its usable day (-1 for history), the load per day, and the kept reviews that may give way.
        var keptReviews = new HashSet<PlannedReview>(kept, ReferenceEqualityComparer.Instance);
        var day = new List<int>(reviews.Count);
        var load = new int[days.Length];
        var movable = new List<int>();
        for (var i = 0; i < reviews.Count; i++)
        {
            var review = reviews[i];
            day.Add(Math.Max(-1, Array.BinarySearch(dates, review.Date)));
            if (day[i] >= 0)
            {
                load[day[i]]++;
            }

            if (review.Date >= start && review.Reason == ReviewReason.Annual && keptReviews.Contains(review))
            {
                movable.Add(i);
            }
        }

        // Free places left: without any, no kept review can give way (a unit with a shortfall), so there is no search.
        var free = 0;
        for (var d = 0; d < days.Length; d++)
        {
            free += days[d].Capacity - load[d];
        }

        foreach (var (patientId, due, at) in needing)
        {
            // The late date this patient holds is free for the review that gives way.
            var held = at >= 0 ? day[at] : -1;
            if (held >= 0)
            {
                load[held]--;
                free++;
            }

            // The kept review due last gives way (the smallest patient id on a tie), to the free day nearest its date.
            var (giver, to) = (-1, -1);
            for (var m = 0; m < movable.Count && free > 0; m++)
            {
                var k = movable[m];
                if (reviews[k].Date > due || reviews[k].DueBy is not { } keptDue)
                {
                    continue;
                }

                var nearest = NearestFreeDay(days, load, day[k], start, keptDue);
                if (nearest >= 0 && (giver < 0 || keptDue > reviews[giver].DueBy
                    || (keptDue == reviews[giver].DueBy && reviews[k].PatientId.CompareTo(reviews[giver].PatientId) < 0)))
                {
                    (giver, to) = (k, nearest);
                }
            }

            if (giver < 0)
            {
                // No single review can give way: try every chain of moves (each review on or before its own latest date)
                // that ends in free room; only when none exists does the patient stay late, and the reason says why.
                if (free > 0 && Chain(reviews, day, load, days, start, due, patientId) is { } chain)
                {
                    var (source, path) = chain;
                    foreach (var (k, to2) in path)
                    {
                        movable.Remove(k);
                        reviews[k] = reviews[k] with { Date = dates[to2] };
                        day[k] = to2;
                        reasons[reviews[k].PatientId] = $"Flyttad för att ge plats åt en patient som annars skulle få vårdplaneringen efter {Iso.Format(due)}.";
                    }

                    load[path.Count == 0 ? source : path[^1].To]++;
                    free--;
                    if (at >= 0)
                    {
                        reviews[at] = reviews[at] with { Date = dates[source] };
                        day[at] = source;
                    }
                    else
                    {
                        shortfalls.Remove(shortfalls.First(s => s.PatientId == patientId));
                        reviews.Add(new PlannedReview(patientId, dates[source], due, ReviewReason.Annual));
                        day.Add(source);
                    }

                    continue;
                }

                if (held >= 0)
                {
                    load[held]++;
                    free--;
                }

                var places = 0;
                for (var d = 0; d < days.Length && days[d].Date <= due; d++)
                {
                    places += days[d].Date >= start ? days[d].Capacity : 0;
                }

                var why = places == 0
                    ? $"Försenad: det finns ingen rond eller kontakttid från {Iso.Format(start)} till och med senast-datumet {Iso.Format(due)}."
                    : $"Försenad: {(places == 1 ? "den enda platsen" : $"alla {places} platser")} från {Iso.Format(start)} till och med senast-datumet {Iso.Format(due)} är {(places == 1 ? "bokad" : "bokade")}, och ingen bokad vårdplanering kan flyttas utan att själv bli försenad.";
                reasons[patientId] = reasons.TryGetValue(patientId, out var before) ? $"{before} {why}" : why;
                continue;
            }

            movable.Remove(giver);
            var (freedDate, freedDay) = (reviews[giver].Date, day[giver]);
            reviews[giver] = reviews[giver] with { Date = dates[to] };
            day[giver] = to;
            reasons[reviews[giver].PatientId] = $"Flyttad för att ge plats åt en patient som annars skulle få vårdplaneringen efter {Iso.Format(due)}.";
            load[to]++;
            free--;
            if (at >= 0)
            {
                reviews[at] = reviews[at] with { Date = freedDate };
                day[at] = freedDay;
            }
            else
            {
                shortfalls.Remove(shortfalls.First(s => s.PatientId == patientId));
                reviews.Add(new PlannedReview(patientId, freedDate, due, ReviewReason.Annual));
                day.Add(freedDay);
            }
        }

        reviews.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.PatientId.CompareTo(b.PatientId));
        return new YearPlan(plan.Input, reviews, shortfalls, plan.NotDueThisYear, days);
    }

    /// <summary>
    /// The shortest chain of moves that makes room for a patient due <paramref name="due"/> on or before that date: the
    /// patient takes a full day, one of its annual reviews moves to another day on or before its own latest date, and so on
    /// until a review moves to a day with a free place (an augmenting path, breadth first over the days). Null when there is
    /// none: then no placement puts the patient on time without making another review late.
    /// </summary>
    private static (int Source, List<(int Review, int To)> Path)? Chain(
        List<PlannedReview> reviews, List<int> day, int[] load, (LocalDate Date, int Capacity)[] days, LocalDate start, LocalDate due, PatientId patientId)
    {
        var onDay = new List<int>?[days.Length];
        for (var i = 0; i < reviews.Count; i++)
        {
            if (day[i] >= 0 && reviews[i].Date >= start && reviews[i].Reason == ReviewReason.Annual && reviews[i].DueBy is not null
                && reviews[i].PatientId != patientId)
            {
                (onDay[day[i]] ??= []).Add(i);
            }
        }

        var parent = new (int From, int Review)[days.Length];
        var seen = new bool[days.Length];
        var queue = new Queue<int>();
        for (var d = 0; d < days.Length && days[d].Date <= due; d++)
        {
            if (days[d].Date >= start)
            {
                seen[d] = true;
                parent[d] = (-1, -1);
                queue.Enqueue(d);
            }
        }

        while (queue.Count > 0)
        {
            var d = queue.Dequeue();
            if (load[d] < days[d].Capacity)
            {
                var path = new List<(int Review, int To)>();
                var at = d;
                while (parent[at].From >= 0)
                {
                    path.Add((parent[at].Review, at));
                    at = parent[at].From;
                }

                path.Reverse();
                return (at, path);
            }

            foreach (var k in onDay[d] ?? [])
            {
                var keptDue = reviews[k].DueBy!.Value;
                for (var e = 0; e < days.Length && days[e].Date <= keptDue; e++)
                {
                    if (!seen[e] && days[e].Date >= start)
                    {
                        seen[e] = true;
                        parent[e] = (d, k);
                        queue.Enqueue(e);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The usable day nearest to day <paramref name="from"/> (the earlier one on a tie), other than itself, with room
    /// left, from <paramref name="start"/> and no later than <paramref name="dueBy"/>; -1 when there is none.
    /// </summary>
    private static int NearestFreeDay((LocalDate Date, int Capacity)[] days, int[] load, int from, LocalDate start, LocalDate dueBy)
    {
        var date = days[from].Date;
        var (before, after) = (from - 1, from + 1);
        while (before >= 0 && days[before].Date >= start && (load[before] >= days[before].Capacity || days[before].Date > dueBy))
        {
            before--;
        }

        while (after < days.Length && days[after].Date <= dueBy && load[after] >= days[after].Capacity)
        {
            after++;
        }

        var hasBefore = before >= 0 && days[before].Date >= start;
        var hasAfter = after < days.Length && days[after].Date <= dueBy;
        return (hasBefore, hasAfter) switch
        {
            (true, true) => Period.DaysBetween(days[before].Date, date) <= Period.DaysBetween(date, days[after].Date) ? before : after,
            (true, false) => before,
            (false, true) => after,
            _ => -1,
        };
    }

    /// <summary>
    /// A nurse moves a review by hand (drag or pick on the plan). Refused with a Swedish reason when the date has no
    /// usable slot, is full, or is after the review's due date. Later re-planning keeps the move unless it becomes impossible.
    /// </summary>
    public static YearPlan MoveByHand(YearPlan plan, PatientId patientId, LocalDate date)
    {
        var review = plan.ReviewOf(patientId) ?? throw new DomainException($"Patienten {patientId} har ingen vårdplanering i årsplanen.");
        var days = YearPlanner.UsableDays(plan.Input);
        var day = Array.FindIndex(days, d => d.Date == date);
        if (day < 0)
        {
            throw new DomainException($"{Iso.Format(date)} finns ingen rond eller kontakttid att boka (eller så är det helg- eller semesterdag).");
        }

        if (review.DueBy is { } due && date > due)
        {
            throw new DomainException($"{Iso.Format(date)} ligger efter förfallodagen {Iso.Format(due)}.");
        }

        if (review.Date != date && plan.DailyLoads.GetValueOrDefault(date) >= days[day].Capacity)
        {
            throw new DomainException($"{Iso.Format(date)} är fullbokad.");
        }

        var reviews = plan.Reviews.Select(r => r.PatientId == patientId ? r with { Date = date } : r)
            .OrderBy(r => r.Date).ThenBy(r => r.PatientId).ToList();
        return new YearPlan(plan.Input, reviews, plan.Shortfalls, plan.NotDueThisYear, days);
    }

    private static int ByDateThenPatient(PlannedReview a, PlannedReview b) =>
        a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.PatientId.CompareTo(b.PatientId);

    private static int IndexOf(List<PlanningPatient> patients, PatientId id)
    {
        var index = patients.FindIndex(p => p.Id == id);
        return index >= 0 ? index : throw new DomainException($"Patienten {id} finns inte i årsplanen.");
    }
}
