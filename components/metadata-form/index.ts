export { MetadataForm, type MetadataFormItem, type MetadataFormProps } from './MetadataForm';
