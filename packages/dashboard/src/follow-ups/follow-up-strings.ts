// The words of the Follow-ups view and of the on-time rate's line under the
// scores, in English and Spanish (docs/design.md §12), in a chunk of their own:
// only admin and responder tokens ever load them.
import type { CatalogueLocale as Locale } from '@mv-feedback/scoring';

const en = {
  heading: 'Residents who asked to be contacted',
  intro:
    'Earliest due first. Acknowledge a request the business day it arrives ("Providing same day response"); close it once the resident has been answered.',
  show: 'Show',
  statuses: { open: 'Open', acknowledged: 'Acknowledged', closed: 'Closed', all: 'All' },
  none: 'No requests to show.',
  requested: (when: string) => `Asked ${when}`,
  dueBy: (when: string) => `Due by ${when}`,
  overdue: 'Overdue',
  late: 'Acknowledged late',
  status: (status: string) => `Status: ${status}`,
  stateWords: { open: 'open', acknowledged: 'acknowledged', closed: 'closed' },
  acknowledgedAt: (when: string) => `Acknowledged ${when}`,
  closedAt: (when: string) => `Closed ${when}`,
  comment: 'Comment',
  noComment: 'No comment.',
  acknowledge: 'Acknowledge',
  close: 'Close…',
  closeNote: 'Note for the record (optional; no personal details)',
  confirmClose: 'Close the request',
  cancel: 'Cancel',
  note: (note: string) => `Note: ${note}`,
  showContact: 'Show contact details',
  contactAudited: 'Each time contact details are shown, it is written to the audit log with your name.',
  contactHeading: 'Contact details',
  name: 'Name',
  email: 'E-mail',
  phone: 'Phone',
  language: 'Language',
  erased: 'Erased after the retention period.',
  acknowledged: 'Request acknowledged.',
  closed: 'Request closed.',
  alreadyDone: 'Someone else has already done this; the list is updated.',
  more: 'Show more',
  summary: (rate: string, low: string, high: string, n: string) =>
    `Residents who asked to be contacted: ${rate} acknowledged the same business day (95% interval ${low} to ${high}; ${n} requests).`,
  summarySuppressed: (n: string, minN: number) =>
    `Residents who asked to be contacted: ${n} requests, fewer than ${minN}, so the on-time rate is not shown.`,
  summaryQueue: (open: string, overdue: string) => `${open} open now, ${overdue} of them overdue.`,
};

export type FollowUpStrings = typeof en;

const es: FollowUpStrings = {
  heading: 'Residentes que pidieron que los contacten',
  intro:
    'Primero lo que vence antes. Acuse recibo de la solicitud el día hábil en que llega ("Respuesta el mismo día"); ciérrela cuando el residente haya recibido respuesta.',
  show: 'Mostrar',
  statuses: { open: 'Abiertas', acknowledged: 'Con acuse', closed: 'Cerradas', all: 'Todas' },
  none: 'No hay solicitudes que mostrar.',
  requested: (when) => `Pedida el ${when}`,
  dueBy: (when) => `Vence el ${when}`,
  overdue: 'Vencida',
  late: 'Acuse fuera de plazo',
  status: (status) => `Estado: ${status}`,
  stateWords: { open: 'abierta', acknowledged: 'con acuse de recibo', closed: 'cerrada' },
  acknowledgedAt: (when) => `Acuse de recibo el ${when}`,
  closedAt: (when) => `Cerrada el ${when}`,
  comment: 'Comentario',
  noComment: 'Sin comentario.',
  acknowledge: 'Acusar recibo',
  close: 'Cerrar…',
  closeNote: 'Nota para el registro (opcional; sin datos personales)',
  confirmClose: 'Cerrar la solicitud',
  cancel: 'Cancelar',
  note: (note) => `Nota: ${note}`,
  showContact: 'Mostrar datos de contacto',
  contactAudited:
    'Cada vez que se muestran datos de contacto, queda anotado en el registro de auditoría con su nombre.',
  contactHeading: 'Datos de contacto',
  name: 'Nombre',
  email: 'Correo electrónico',
  phone: 'Teléfono',
  language: 'Idioma',
  erased: 'Borrados al cumplirse el plazo de conservación.',
  acknowledged: 'Acuse de recibo registrado.',
  closed: 'Solicitud cerrada.',
  alreadyDone: 'Otra persona ya lo hizo; la lista está actualizada.',
  more: 'Mostrar más',
  summary: (rate, low, high, n) =>
    `Residentes que pidieron que los contacten: ${rate} recibió acuse el mismo día hábil (intervalo del 95 %: ${low} a ${high}; ${n} solicitudes).`,
  summarySuppressed: (n, minN) =>
    `Residentes que pidieron que los contacten: ${n} solicitudes, menos de ${minN}, así que no se muestra el porcentaje a tiempo.`,
  summaryQueue: (open, overdue) => `${open} abiertas ahora, ${overdue} de ellas vencidas.`,
};

/** The view's words in one language. */
export const followUpStrings: Record<Locale, FollowUpStrings> = { en, es };
