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
  /** Instead of `trust` where a reply can be asked for (a department's survey): anonymous unless the resident asks. */
  trustOffer: string;
  /** Instead of `trustLinked` where a reply can be asked for. */
  trustLinkedOffer: string;
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
  /** "Contact me" under the comment (docs/design.md §12). */
  followUp: {
    title: string;
    ask: string;
    /** Who sees the details, what for, and when they are deleted: `{days}` after the request is closed. */
    privacy: string;
    name: string;
    /** Over the e-mail and phone fields: what to give, and that the box must be ticked. */
    hint: string;
    email: string;
    phone: string;
    language: string;
    /** Added to the thanks after a request to be contacted. */
    thanks: string;
    /** Why the contact details were refused, each naming its field. */
    needContact: string;
    badEmail: string;
    badPhone: string;
    badName: string;
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
    trustOffer:
      'Your answers are anonymous unless you ask below to be contacted. City staff read them to improve service; nobody will reply unless you ask.',
    trustLinkedOffer:
      'Your answers are linked to your case number so staff can look at it. City staff read them to improve service; nobody will reply unless you ask below to be contacted.',
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
    followUp: {
      title: 'Would you like a reply?',
      ask: 'I would like someone from the city to contact me about this',
      privacy:
        'Only the staff of this department see these details, and only to reply to you. They are kept apart from the scores of your answers and deleted {days} days after your request is closed.',
      name: 'Name',
      hint: 'If you ticked the box above: give an e-mail address, a phone number, or both.',
      email: 'E-mail',
      phone: 'Phone',
      language: 'Language to contact you in',
      thanks: 'You asked to be contacted: someone from the department will contact you.',
      needContact: 'Contact me: please give an e-mail address or a phone number so we can contact you.',
      badEmail: 'E-mail: please check the address; it should look like name@example.com.',
      badPhone: 'Phone: please check the number; it should have 7 to 15 digits.',
      badName: 'Name: please shorten it to 100 characters.',
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
    trustOffer:
      'Sus respuestas son anónimas, salvo que pida abajo que lo contacten. El personal de la ciudad las lee para mejorar el servicio; nadie le responderá salvo que lo pida.',
    trustLinkedOffer:
      'Sus respuestas quedan vinculadas al número de su caso para que el personal pueda revisarlo. El personal de la ciudad las lee para mejorar el servicio; nadie le responderá salvo que pida abajo que lo contacten.',
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
    followUp: {
      title: '¿Desea una respuesta?',
      ask: 'Quiero que alguien de la ciudad se comunique conmigo sobre esto',
      privacy:
        'Solo el personal de este departamento ve estos datos, y solo para responderle. Se guardan aparte de la puntuación de sus respuestas y se borran {days} días después de cerrar su solicitud.',
      name: 'Nombre',
      hint: 'Si marcó la casilla de arriba: indique un correo electrónico, un número de teléfono o ambos.',
      email: 'Correo electrónico',
      phone: 'Teléfono',
      language: 'Idioma en que desea que lo contacten',
      thanks: 'Usted pidió que lo contacten: alguien del departamento se comunicará con usted.',
      needContact:
        'Contacto: indique un correo electrónico o un número de teléfono para que podamos comunicarnos con usted.',
      badEmail: 'Correo electrónico: revíselo; debe tener la forma nombre@ejemplo.com.',
      badPhone: 'Teléfono: revíselo; debe tener de 7 a 15 dígitos.',
      badName: 'Nombre: acórtelo a 100 caracteres.',
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
