import type { OwnStrings } from './strings.js';

export const es: OwnStrings = {
  duration: 'Toma alrededor de un minuto.',
  about:
    'Todo es opcional y anónimo: el personal de la ciudad lee las respuestas para mejorar el servicio y nadie le responderá.',
  aboutCase:
    'Todo es opcional y queda vinculado al número de su caso para que el personal pueda revisarlo: el personal de la ciudad lee las respuestas para mejorar el servicio y nadie le responderá.',
  optional: '(opcional)',
  count: '{n} de {max} caracteres',
  privacy: 'No incluya datos personales como su dirección o su número de teléfono.',
  progress: 'Página {page} de {pages}',
  back: 'Atrás',
  next: 'Siguiente',
  send: 'Enviar',
  sending: 'Enviando…',
  thanks: 'Gracias por su opinión.',
  reference: 'Su código de referencia es {code}.',
  savedOffline: 'Sus respuestas están guardadas en este dispositivo. Las enviaremos cuando vuelva a tener conexión.',
  savedRetrying:
    'No pudimos comunicarnos con nuestro servidor. Sus respuestas están guardadas en este dispositivo y seguiremos intentándolo.',
  nothingAnswered: 'Responda al menos una pregunta o escriba un comentario antes de enviar.',
  invalid: 'No pudimos aceptar estas respuestas. Revíselas y envíelas de nuevo.',
  forbidden: 'Esta página no puede enviar opiniones. Comuníquese con la ciudad por otro medio.',
  failed: 'No se pudieron enviar sus respuestas (error {status}). Inténtelo más tarde.',
  earlier:
    'Sus respuestas anteriores no se pudieron enviar: el servidor no las aceptó (error {status}). Puede responder de nuevo abajo.',
  unavailable: 'Esta encuesta no está disponible en este momento.',
  open: 'Califique su atención',
  close: 'Cerrar',
  help: '¿Necesita una respuesta? Contáctenos.',
  addComment: 'Añadir un comentario',
  clears: 'Esta pantalla se borrará en {n} segundos.',
  aboutFollowUp:
    'Todo es opcional. Usted pidió que lo contacten: el personal del departamento leerá sus respuestas junto con sus datos de contacto y le responderá.',
  thanksFollowUp: 'Gracias por su opinión. Alguien del departamento se comunicará con usted.',
  contactTitle: 'Cómo comunicarnos con usted',
  contactAsk: 'Quiero que alguien de la ciudad se comunique conmigo sobre esto',
  contactPrivacy:
    'Solo el personal de este departamento ve estos datos, y solo para responderle. Se guardan aparte de la puntuación de sus respuestas y se borran {days} días después de cerrar su solicitud.',
  contactName: 'Nombre',
  contactHint: 'Indique un correo electrónico, un número de teléfono o ambos.',
  contactEmail: 'Correo electrónico',
  contactPhone: 'Teléfono',
  contactLanguage: 'Idioma en que desea que lo contacten',
  needContact: 'Indique un correo electrónico o un número de teléfono para que podamos comunicarnos con usted.',
  badEmail: 'Revise el correo electrónico; debe tener la forma nombre@ejemplo.com.',
  badPhone: 'Revise el número de teléfono; debe tener de 7 a 15 dígitos.',
};
