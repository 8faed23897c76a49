// The words of the public scorecard (docs/design.md §13) in both languages:
// plain words for a resident, the methods note included.
import type { CatalogueLocale as Locale } from '@mv-feedback/scoring';

export interface ScorecardStrings {
  languageName: string;
  title: string;
  intro: (cityName: string) => string;
  choose: string;
  department: string;
  wholeCity: string;
  quarter: string;
  show: string;
  caption: (group: string, quarter: string) => string;
  standard: string;
  favourable: string;
  responses: string;
  earlier: string;
  percent: (value: string) => string;
  interval: (low: string, high: string) => string;
  fewAnswers: (minN: number) => string;
  protects: string;
  noAnswers: string;
  summary: (responses: string, rate: string | null) => string;
  nothingYet: string;
  methodsTitle: string;
  methods: (minN: number) => string[];
  openData: string;
  openDataJson: string;
  openDataCsv: string;
  notFoundTitle: string;
  notFound: string;
  backToScorecard: string;
  /** A quarter's label read out: "FY2027-Q1" → "July to September 2026". */
  months: readonly string[];
}

const en: ScorecardStrings = {
  languageName: 'English',
  title: 'How we are doing',
  intro: (city) =>
    `${city} has published customer-care standards. After dealing with city staff, residents are asked how it went; these are their answers, quarter by quarter.`,
  choose: 'Choose what to show',
  department: 'Department',
  wholeCity: 'The whole city',
  quarter: 'Quarter',
  show: 'Show',
  caption: (group, quarter) => `${group}, ${quarter}: share of residents who agreed`,
  standard: 'Standard',
  favourable: 'Agreed (95 % interval)',
  responses: 'Answers',
  earlier: 'Earlier quarters',
  percent: (value) => `${value} %`,
  interval: (low, high) => `likely between ${low} % and ${high} %`,
  fewAnswers: (minN) => `Not shown: fewer than ${minN} answers`,
  protects: 'Not shown, so that a smaller group’s answers cannot be worked out',
  noAnswers: 'No answers',
  summary: (responses, rate) =>
    rate === null
      ? `${responses} answers this quarter.`
      : `${responses} answers this quarter; ${rate} % of those asked answered.`,
  nothingYet: 'No quarter has ended with answers yet.',
  methodsTitle: 'About these numbers',
  methods: (minN) => [
    'Who was asked: residents who had just dealt with city staff, at a counter, by phone, by email, online or in the field, were offered a short survey. Answering is voluntary and anonymous.',
    'The number shown is the share of residents who agreed or strongly agreed that the standard was met.',
    'Only some residents answer, and they choose to: people with a very good or a very bad experience may be more likely to reply. A change in who answers can move a number.',
    'The interval: with this many answers the true share is likely (95 times in 100) to lie between the two numbers given. Fewer answers make a wider interval.',
    `Some numbers are not shown: a result from fewer than ${minN} answers is hidden, and sometimes a second one too, so that nobody can work out a hidden result from the others.`,
    'Quarters are the city’s fiscal quarters. A quarter appears once it has ended.',
  ],
  openData: 'The same numbers as open data:',
  openDataJson: 'JSON',
  openDataCsv: 'CSV (spreadsheet)',
  notFoundTitle: 'Not on the scorecard',
  notFound: 'The scorecard has no results for this department or quarter.',
  backToScorecard: 'See the whole city’s results',
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const es: ScorecardStrings = {
  languageName: 'Español',
  title: 'Cómo lo estamos haciendo',
  intro: (city) =>
    `${city} ha publicado sus normas de atención al público. Después de tratar con el personal de la ciudad, se pregunta a los residentes cómo les fue; estas son sus respuestas, trimestre a trimestre.`,
  choose: 'Elija qué mostrar',
  department: 'Departamento',
  wholeCity: 'Toda la ciudad',
  quarter: 'Trimestre',
  show: 'Mostrar',
  caption: (group, quarter) => `${group}, ${quarter}: proporción de residentes que estuvieron de acuerdo`,
  standard: 'Norma',
  favourable: 'De acuerdo (intervalo del 95 %)',
  responses: 'Respuestas',
  earlier: 'Trimestres anteriores',
  percent: (value) => `${value} %`,
  interval: (low, high) => `probablemente entre ${low} % y ${high} %`,
  fewAnswers: (minN) => `No se muestra: menos de ${minN} respuestas`,
  protects: 'No se muestra, para que no se puedan deducir las respuestas de un grupo más pequeño',
  noAnswers: 'Sin respuestas',
  summary: (responses, rate) =>
    rate === null
      ? `${responses} respuestas este trimestre.`
      : `${responses} respuestas este trimestre; respondió el ${rate} % de las personas a quienes se preguntó.`,
  nothingYet: 'Todavía no ha terminado ningún trimestre con respuestas.',
  methodsTitle: 'Sobre estas cifras',
  methods: (minN) => [
    'A quién se preguntó: a residentes que acababan de tratar con el personal de la ciudad, en una ventanilla, por teléfono, por correo electrónico, en línea o en terreno, se les ofreció una encuesta breve. Responder es voluntario y anónimo.',
    'La cifra mostrada es la proporción de residentes que estuvieron de acuerdo o muy de acuerdo en que se cumplió la norma.',
    'Solo algunos residentes responden, y lo deciden ellos: quienes tuvieron una experiencia muy buena o muy mala pueden responder más. Un cambio en quién responde puede mover una cifra.',
    'El intervalo: con este número de respuestas, la proporción real probablemente (95 de cada 100 veces) está entre las dos cifras indicadas. Con menos respuestas, el intervalo es más amplio.',
    `Algunas cifras no se muestran: se oculta un resultado de menos de ${minN} respuestas y a veces también un segundo, para que nadie pueda deducir un resultado oculto a partir de los demás.`,
    'Los trimestres son los trimestres fiscales de la ciudad. Un trimestre aparece cuando ha terminado.',
  ],
  openData: 'Las mismas cifras como datos abiertos:',
  openDataJson: 'JSON',
  openDataCsv: 'CSV (hoja de cálculo)',
  notFoundTitle: 'No está en la tabla de resultados',
  notFound: 'La tabla no tiene resultados para este departamento o trimestre.',
  backToScorecard: 'Ver los resultados de toda la ciudad',
  months: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

export const SCORECARD_STRINGS: Record<Locale, ScorecardStrings> = { en, es };
