import { ApiError } from '../../../shared/contract/errors';

/** The rules a file can break; each is `validation.attachment_<rule>` in the catalogues. */
export type AttachmentRule =
  | 'name'
  | 'empty'
  | 'changed'
  | 'too_large'
  | 'application_too_large'
  | 'type'
  | 'pdf_encrypted'
  | 'pdf_broken'
  | 'image_broken'
  | 'image_too_large'
  | 'structure_too_large'
  | 'active_content'
  | 'rotate_page'
  | 'rotate_multipage';

export function refuse(rule: AttachmentRule): never {
  throw new ApiError('attachment.refused', [{ path: ['file'], message: `validation.attachment_${rule}` }]);
}
