/**
 * Formatting of numbers, dates and names as the documents show them. Below model and derive:
 * it imports nothing from the project, so every folder may use it without an import cycle.
 */
export { formatDecimal, formatHundredths, formatNok, formatOre, formatPercent, groupDigits } from './number.js';
export { formatClock, formatDate, formatWeekday } from './date.js';
export { genitive, joinList, municipalityName, slug, spellNav } from './name.js';
export { formatHoursEntry, formatOpeningHours, type HoursEntry } from './hours.js';
