export { HOUSE_CPT_CODES } from './cpt-house';
