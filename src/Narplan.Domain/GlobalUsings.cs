// Namespaces most files of this project use, so that each file lists only what is particular to it (decision 0101).
global using Narplan.Domain.Calendars;
global using Narplan.Domain.Organisations;
global using Narplan.Domain.Patients;
global using Narplan.Domain.Places;
global using Narplan.Domain.Responsibility;
global using Narplan.Domain.YearPlans;
global using NodaTime;
global using NodaTime.Text;
global using System.Globalization;
global using System.Text;
