// The words of the hosted survey pages and the counter card, in every
// language of the catalogue (docs/design.md §3 and §9). The questions and the
// answer scale come from the catalogue and scoring's ANSWER_LABELS.
import type { Locale } from '@mv-feedback/scoring';

export interface HostedStrings {
  /** The language's own name, for the link to it from the other one. */
  languageName: string;
  /** The pages' meta description, for a link's preview and a search listing. */
  description: string;
  intro: string;
  /** Who reads the answers and what becomes of them, when no case is attached: then they are anonymous. */
  trust: string;
  /** Instead of `trust` when a case number is attached (a link's `interaction`, an invitation): not anonymous. */
  trustLinked: string;
  optional: string;
  privacy: string;
  send: string;
  thanksTitle: string;
  thanks: string;
  anotherAnswer: string;
  notFoundTitle: string;
  notFound: string;
  problemTitle: string;
  /** Before the title of a page whose form was refused, and before each message beside a field (GOV.UK's error pattern). */
  errorPrefix: string;
  /** Heads the page of an invitation link that cannot be answered. */
  invitationTitle: string;
  /** Why a form was refused, by the API's error code or the field at fault. */
  problems: {
    nothingAnswered: string;
    /** Beside a question whose answer is not one of its choices. */
    invalidAnswer: string;
    commentTooLong: string;
    invalid: string;
    alreadySent: string;
    invitationUsed: string;
    invalidInvitation: string;
    invitationExpired: string;
    busy: string;
    unavailable: string;
  };
  department: string;
  /** The link to the department's or the city's contact, for a resident who needs an answer. */
  help: string;
  /** From a page that cannot be answered to the survey that can: the department's open one. */
  answerOpenSurvey: string;
  /** The header's city name when MV_CITY_NAME is not set. */
  defaultCityName: string;
  card: {
    heading: string;
    call: string;
    /** Instead of `call` when the card's link names a case. */
    callLinked: string;
    qrAlt: string;
    orVisit: string;
    printNote: string;
  };
}

export const HOSTED_STRINGS: Readonly<Record<Locale, HostedStrings>> = {
  en: {
    languageName: 'English',
    description: 'A one-minute survey about your visit, call or request: tell the city how its staff did.',
    intro: 'Tell us how we did. Every question is optional, and it takes about a minute.',
    trust:
      'Your answers are anonymous. City staff read them to improve service; nobody will reply to them. If you need an answer about your request, contact the department directly.',
    trustLinked:
      'Your answers are linked to your case number so staff can look at it. City staff read them to improve service; nobody will reply to them. If you need an answer about your request, contact the department directly.',
    optional: '(optional)',
    privacy: 'Please do not include personal details such as your address or phone number.',
    send: 'Send',
    thanksTitle: 'Thank you',
    thanks: 'Thank you for your feedback. City staff read every answer to improve our service.',
    anotherAnswer: 'Answer for another visit',
    notFoundTitle: 'Survey not found',
    notFound: 'There is no survey at this address. Please check the link or scan the code again.',
    problemTitle: 'Your answers were not sent',
    errorPrefix: 'Error:',
    invitationTitle: 'This invitation cannot be answered',
    problems: {
      nothingAnswered: 'Please answer at least one question or write a comment before sending.',
      invalidAnswer: 'Choose one of the answers to this question.',
      commentTooLong: 'Your comment is too long: please shorten it to 2,000 characters.',
      invalid: 'We could not accept these answers. Please check them and send again.',
      alreadySent: 'These answers were already sent from this page. Thank you!',
      invitationUsed: 'This invitation has already been answered. Thank you!',
      invalidInvitation: 'This invitation link is not valid. Please check that the whole link was copied.',
      invitationExpired: 'This invitation has expired, so it can no longer be answered.',
      busy: 'You have sent many answers in a short time. Please wait a minute and send again.',
      unavailable: 'We could not save your answers just now. Please send them again in a moment.',
    },
    department: 'Department',
    help: 'Need an answer? Contact us.',
    answerOpenSurvey: 'Tell us how we did on our short survey',
    defaultCityName: 'City services',
    card: {
      heading: 'How did we do?',
      call: 'Scan the code with your phone’s camera to rate your visit. It takes about a minute, and your answers are anonymous.',
      callLinked:
        'Scan the code with your phone’s camera to rate your visit. It takes about a minute. Your answers are linked to your case number so staff can look at it.',
      qrAlt: 'QR code of the survey link below',
      orVisit: 'Or go to',
      printNote:
        'Print this page (Ctrl+P, or ⌘P on a Mac) on Letter or A4 paper and place it where residents are served.',
    },
  },
  es: {
    languageName: 'Español',
    description:
      'Una encuesta de un minuto sobre su visita, llamada o trámite: díganos cómo lo hizo el personal de la ciudad.',
    intro: 'Díganos cómo lo hicimos. Todas las preguntas son opcionales y solo toma un minuto.',
    trust:
      'Sus respuestas son anónimas. El personal de la ciudad las lee para mejorar el servicio; nadie las responderá. Si necesita una respuesta sobre su trámite, comuníquese directamente con el departamento.',
    trustLinked:
      'Sus respuestas quedan vinculadas al número de su caso para que el personal pueda revisarlo. El personal de la ciudad las lee para mejorar el servicio; nadie las responderá. Si necesita una respuesta sobre su trámite, comuníquese directamente con el departamento.',
    optional: '(opcional)',
    privacy: 'Por favor no incluya datos personales como su dirección o número de teléfono.',
    send: 'Enviar',
    thanksTitle: 'Gracias',
    thanks: 'Gracias por sus comentarios. El personal de la ciudad lee cada respuesta para mejorar nuestro servicio.',
    anotherAnswer: 'Responder por otra visita',
    notFoundTitle: 'Encuesta no encontrada',
    notFound: 'No hay ninguna encuesta en esta dirección. Revise el enlace o vuelva a escanear el código.',
    problemTitle: 'Sus respuestas no se enviaron',
    errorPrefix: 'Error:',
    invitationTitle: 'Esta invitación no se puede responder',
    problems: {
      nothingAnswered: 'Por favor responda al menos una pregunta o escriba un comentario antes de enviar.',
      invalidAnswer: 'Elija una de las respuestas de esta pregunta.',
      commentTooLong: 'Su comentario es demasiado largo: acórtelo a 2.000 caracteres.',
      invalid: 'No pudimos aceptar estas respuestas. Revíselas y vuelva a enviarlas.',
      alreadySent: 'Estas respuestas ya se enviaron desde esta página. ¡Gracias!',
      invitationUsed: 'Esta invitación ya fue respondida. ¡Gracias!',
      invalidInvitation: 'Este enlace de invitación no es válido. Verifique que copió el enlace completo.',
      invitationExpired: 'Esta invitación venció y ya no se puede responder.',
      busy: 'Envió muchas respuestas en poco tiempo. Espere un minuto y vuelva a enviar.',
      unavailable: 'No pudimos guardar sus respuestas en este momento. Vuelva a enviarlas en un momento.',
    },
    department: 'Departamento',
    help: '¿Necesita una respuesta? Contáctenos.',
    answerOpenSurvey: 'Díganos cómo lo hicimos en nuestra encuesta breve',
    defaultCityName: 'Servicios de la ciudad',
    card: {
      heading: '¿Cómo lo hicimos?',
      call: 'Escanee el código con la cámara de su teléfono para calificar su atención. Toma un minuto y sus respuestas son anónimas.',
      callLinked:
        'Escanee el código con la cámara de su teléfono para calificar su atención. Toma un minuto. Sus respuestas quedan vinculadas al número de su caso para que el personal pueda revisarlo.',
      qrAlt: 'Código QR del enlace a la encuesta que aparece abajo',
      orVisit: 'O visite',
      printNote:
        'Imprima esta página (Ctrl+P, o ⌘P en una Mac) en papel carta o A4 y colóquela donde se atiende al público.',
    },
  },
};

/** The other language of the two, for the link to it. */
export const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'es' : 'en');
