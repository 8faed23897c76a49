// Comments a city might really receive, in both languages, good and bad.
// Some carry quotes, commas, emoji and markup on purpose: the dashboard and
// the CSV export must show them as text, exactly as written.

export interface DemoComment {
  text: string;
  tone: 'praise' | 'complaint' | 'idea';
}

const praise = (text: string): DemoComment => ({ text, tone: 'praise' });
const complaint = (text: string): DemoComment => ({ text, tone: 'complaint' });
const idea = (text: string): DemoComment => ({ text, tone: 'idea' });

export const DEMO_COMMENTS: Record<'en' | 'es', DemoComment[]> = {
  en: [
    praise('Maria at the front counter walked me through every form. Thank you!'),
    praise('Quick, friendly and I left with exactly what I needed.'),
    praise('The inspector explained the "why" behind each requirement, which made it much easier to accept.'),
    praise('Honestly the best experience I have had with any government office 🙌'),
    praise('Got my library card renewed in two minutes, and the staff recommended a great book 📚'),
    praise('They called me back the same day, as promised.'),
    praise('Patient with my questions, even the silly ones.'),
    complaint('Waited 45 minutes on hold, then the call dropped.'),
    complaint('I was told two different things by two different people, so I had to come back.'),
    complaint('The website said the office opens at 8, but the door was locked until 8:30.'),
    complaint('Nobody explained why my permit was denied — just "it\'s policy".'),
    complaint('Three trips, three forms, one signature. Why?'),
    complaint('The fee schedule online is out of date, and I paid the wrong amount.'),
    complaint('Staff were polite, but the process is way too slow 😕'),
    idea('Please let us upload documents online instead of bringing paper copies.'),
    idea('A text message when my number is called would save a lot of waiting.'),
    idea('Evening hours once a week, please: I work 9 to 5, like everyone else.'),
    idea('Put the checklist, with fees, on one page, so people come prepared.'),
    idea('Tried to paste my case number and the form showed <script>alert("hi")</script> back to me, weird.'),
    idea('Signs in the lobby should be in Spanish too.'),
  ],
  es: [
    praise('La señora de la ventanilla fue muy amable y me explicó todo con paciencia.'),
    praise('Rápido y sin complicaciones. ¡Gracias!'),
    praise('Me atendieron en español, lo cual agradezco mucho 🙏'),
    praise('El inspector llegó a tiempo y resolvió el problema el mismo día.'),
    praise('Excelente atención, muy profesionales.'),
    complaint('Esperé más de una hora y nadie me informó del retraso.'),
    complaint('Me dijeron que faltaba un documento, pero no estaba en la lista.'),
    complaint('El formulario en línea no funciona en el teléfono.'),
    complaint('Tuve que volver tres veces por el mismo trámite, ¿por qué?'),
    idea('Sería útil poder pagar en línea, sin ir a la oficina.'),
    idea('Por favor, pongan la información de las tarifas, horarios y requisitos en español.'),
    idea('Un recordatorio por mensaje de texto ayudaría mucho.'),
  ],
};
