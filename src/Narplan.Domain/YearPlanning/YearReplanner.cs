using NodaTime;
using NodaTime.Text;

namespace Narplan.Domain.YearPlanning;

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
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        var departed = new Dictionary<string, string>(StringComparer.Ordinal);
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
        var capacity = YearPlanner.UsableDays(next).ToDictionary(d => d.Date, d => d.Capacity);
        var present = patients.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var moves = new List<ReviewMove>();
        var kept = new List<PlannedReview>();
        var candidates = new Dictionary<LocalDate, List<PlannedReview>>();
        foreach (var review in current.Reviews)
        {
            if (departed.TryGetValue(review.PatientId, out var why))
            {
                moves.Add(new ReviewMove(review.PatientId, review.Date, null, why));
            }
            else if (!present.Contains(review.PatientId))
            {
                continue;
            }
            else if (review.Date < start)
            {
                kept.Add(review);
            }
            else if (reasons.ContainsKey(review.PatientId))
            {
                // Deteriorated: placed again, as early as there is room.
            }
            else if (!capacity.ContainsKey(review.Date))
            {
                reasons[review.PatientId] = removedDates.GetValueOrDefault(review.Date) ?? $"{Iso.Format(review.Date)} går inte längre att boka.";
            }
            else
            {
                (candidates.TryGetValue(review.Date, out var list) ? list : candidates[review.Date] = []).Add(review);
            }
        }

        foreach (var (date, list) in candidates)
        {
            // Fewer places than bookings: the ones due soonest stay.
            var ordered = list.OrderBy(r => r.DueBy ?? LocalDate.MinIsoValue).ThenBy(r => r.PatientId, StringComparer.Ordinal).ToList();
            kept.AddRange(ordered.Take(capacity[date]));
            foreach (var review in ordered.Skip(capacity[date]))
            {
                reasons[review.PatientId] = $"{Iso.Format(date)} har färre platser än förut.";
            }
        }

        var plan = GiveWay(YearPlanner.Plan(next, kept), kept, capacity, start, reasons);

        var before = current.Reviews.ToDictionary(r => r.PatientId, r => r.Date, StringComparer.Ordinal);
        foreach (var review in plan.Reviews)
        {
            if (!before.TryGetValue(review.PatientId, out var from))
            {
                moves.Add(new ReviewMove(review.PatientId, null, review.Date, reasons.GetValueOrDefault(review.PatientId) ?? "Ny i planen."));
            }
            else if (from != review.Date)
            {
                moves.Add(new ReviewMove(review.PatientId, from, review.Date, reasons.GetValueOrDefault(review.PatientId) ?? "Flyttad."));
            }
        }

        foreach (var shortfall in plan.Shortfalls)
        {
            var had = before.TryGetValue(shortfall.PatientId, out var from) ? from : (LocalDate?)null;
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
        YearPlan plan, List<PlannedReview> kept, Dictionary<LocalDate, int> capacity, LocalDate start, Dictionary<string, string> reasons)
    {
        var needing = plan.Reviews.Where(r => r.IsLate && r.Reason == ReviewReason.Annual)
            .Select(r => (r.PatientId, Due: r.DueBy!.Value, Current: (LocalDate?)r.Date))
            .Concat(plan.Shortfalls.Where(s => s.DueBy is not null).Select(s => (s.PatientId, Due: s.DueBy!.Value, Current: (LocalDate?)null)))
            .OrderBy(n => n.Due)
            .ToList();
        if (needing.Count == 0)
        {
            return plan;
        }

        var reviews = plan.Reviews.ToDictionary(r => r.PatientId, StringComparer.Ordinal);
        var shortfalls = plan.Shortfalls.ToList();
        var movable = kept.Where(k => k.Date >= start && k.Reason == ReviewReason.Annual).Select(k => k.PatientId).ToHashSet(StringComparer.Ordinal);
        var load = new Dictionary<LocalDate, int>();
        foreach (var review in reviews.Values)
        {
            load[review.Date] = load.GetValueOrDefault(review.Date) + 1;
        }

        foreach (var (patientId, due, current) in needing)
        {
            // The late date this patient holds is free for the review that gives way.
            if (current is { } held)
            {
                load[held]--;
            }

            var best = (Kept: (PlannedReview?)null, To: default(LocalDate));
            foreach (var id in movable.Order(StringComparer.Ordinal))
            {
                var k = reviews[id];
                if (k.Date > due || k.DueBy is not { } keptDue)
                {
                    continue;
                }

                var to = capacity.Keys
                    .Where(d => d >= start && d <= keptDue && d != k.Date && load.GetValueOrDefault(d) < capacity[d])
                    .OrderBy(d => Math.Abs(Period.DaysBetween(k.Date, d)))
                    .Cast<LocalDate?>()
                    .FirstOrDefault();
                if (to is { } free && (best.Kept is null || keptDue > best.Kept.DueBy))
                {
                    best = (k, free);
                }
            }

            if (best.Kept is not { } giver)
            {
                if (current is { } stays)
                {
                    load[stays]++;
                }

                continue;
            }

            movable.Remove(giver.PatientId);
            reviews[giver.PatientId] = giver with { Date = best.To };
            reasons[giver.PatientId] = $"Flyttad för att ge plats åt en patient som annars skulle få vårdplaneringen efter {Iso.Format(due)}.";
            load[best.To] = load.GetValueOrDefault(best.To) + 1;
            if (current is not null)
            {
                reviews[patientId] = reviews[patientId] with { Date = giver.Date };
            }
            else
            {
                var shortfall = shortfalls.First(s => s.PatientId == patientId);
                shortfalls.Remove(shortfall);
                reviews[patientId] = new PlannedReview(patientId, giver.Date, due, ReviewReason.Annual);
            }
        }

        var ordered = reviews.Values.OrderBy(r => r.Date).ThenBy(r => r.PatientId, StringComparer.Ordinal).ToList();
        return new YearPlan(plan.Input, ordered, shortfalls, plan.NotDueThisYear, YearPlanner.UsableDays(plan.Input));
    }

    /// <summary>
    /// A nurse moves a review by hand (drag or pick on the plan). Refused with a Swedish reason when the date has no
    /// usable slot, is full, or is after the review's due date. Later re-planning keeps the move unless it becomes impossible.
    /// </summary>
    public static YearPlan MoveByHand(YearPlan plan, string patientId, LocalDate date)
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
            .OrderBy(r => r.Date).ThenBy(r => r.PatientId, StringComparer.Ordinal).ToList();
        return new YearPlan(plan.Input, reviews, plan.Shortfalls, plan.NotDueThisYear, days);
    }

    private static int IndexOf(List<PlanningPatient> patients, string id)
    {
        var index = patients.FindIndex(p => p.Id == id);
        return index >= 0 ? index : throw new DomainException($"Patienten {id} finns inte i årsplanen.");
    }
}
