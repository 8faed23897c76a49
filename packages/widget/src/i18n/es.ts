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
};
