import { messages as ar } from '#messages/circular-acknowledgement-ar.js';
import { messages as en } from '#messages/circular-acknowledgement-en.js';
import { messages as es } from '#messages/circular-acknowledgement-es.js';
import { messages as fr } from '#messages/circular-acknowledgement-fr.js';
import type { CompiledMessages } from '../../compiled-message.js';
import type { Language } from '../../languages.js';
import { translator, type Translator } from '../../translator.js';
import type { CircularAckKey } from '../surfaces.js';

/** The circular acknowledgement page's messages, compiled (`circularAck.` keys only): its functions carry no other page's words. */
const catalogues: Readonly<Record<Language, CompiledMessages<CircularAckKey>>> = { ar, en, fr, es };

export const circularAckTranslatorFor = (language: Language): Translator<CircularAckKey> => translator(language, catalogues[language]);
