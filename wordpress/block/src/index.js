// The block "Scholingsfactoren" in the block editor: the embed builder's choices in the sidebar, and in the
// content the block as the page will show it, rendered by the plugin's PHP (ServerSideRender), so the
// preview is the published page's code, notices for unknown values included. Saved as a dynamic block:
// only the choices are stored, and a later version of the plugin changes every page that has the block.
//
// Written with createElement rather than JSX: JSX would need the `react-jsx-runtime` script, which
// WordPress has only since 6.6, and the block must work in 6.1.
import { registerBlockType } from '@wordpress/blocks';
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { BaseControl, CheckboxControl, PanelBody, RadioControl, TextControl } from '@wordpress/components';
import { createElement as h, Fragment } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import ServerSideRender from '@wordpress/server-side-render';
import metadata from '../block.json';
// The publications, in the builder's order: [{id, label, title, factors}] (scripts/build-wordpress.js).
import sources from 'scholingsfactoren-sources';

/** The elements as the sidebar lists them, and the order they take on the page (as in the builder). */
const ELEMENTS = [ 'factor-table', 'actor-filter', 'barrier-heatmap', 'source-citation' ];
const PAGE_ORDER = [ 'actor-filter', 'barrier-heatmap', 'factor-table', 'source-citation' ];
const ACTORS = [ 'werkgever', 'werknemer', 'omgeving', 'trainer' ];

const ELEMENT_NAMES = {
	'factor-table': __( 'The table of factors', 'scholingsfactoren' ),
	'actor-filter': __( 'Filter buttons: for whom', 'scholingsfactoren' ),
	'barrier-heatmap': __( 'Heatmap of the barriers', 'scholingsfactoren' ),
	'source-citation': __( 'Source cards: the chosen sources, or the whole list of sources', 'scholingsfactoren' ),
};
const ACTOR_NAMES = {
	werkgever: __( 'Employer', 'scholingsfactoren' ),
	werknemer: __( 'Employee', 'scholingsfactoren' ),
	omgeving: __( 'Environment', 'scholingsfactoren' ),
	trainer: __( 'Trainer', 'scholingsfactoren' ),
};

/** Turns one value of a list on or off, keeping the order of `all`. */
const toggled = ( all, chosen, value, on ) => all.filter( ( item ) => ( item === value ? on : chosen.includes( item ) ) );

/** Checkboxes under one legend, which looks like the labels of the editor's own controls (editor.css for the rest). */
function CheckboxGroup( { name, legend, help, options, chosen, onChange } ) {
	const helpId = `scholingsfactoren-${ name }-help`;
	return h(
		'fieldset',
		{ className: 'scholingsfactoren-choices', 'aria-describedby': help ? helpId : undefined },
		h( 'legend', null, h( BaseControl.VisualLabel, null, legend ) ),
		help ? h( 'p', { className: 'scholingsfactoren-help', id: helpId }, help ) : null,
		options.map( ( { value, label, description } ) =>
			h( CheckboxControl, {
				key: value,
				label,
				help: description,
				checked: chosen.includes( value ),
				onChange: ( on ) => onChange( value, on ),
			} )
		)
	);
}

function Edit( { attributes, setAttributes, context } ) {
	const { show, kind, actors, sources: chosenSources, query, lang, mode } = attributes;
	const sourceIds = sources.map( ( source ) => source.id );
	const blockProps = useBlockProps();

	const whatToShow = h(
		PanelBody,
		{ title: __( 'Content', 'scholingsfactoren' ) },
		h( CheckboxGroup, {
			name: 'show',
			legend: __( 'What do you want to show?', 'scholingsfactoren' ),
			options: ELEMENTS.map( ( tag ) => ( { value: tag, label: ELEMENT_NAMES[ tag ] } ) ),
			chosen: show,
			onChange: ( tag, on ) => setAttributes( { show: toggled( PAGE_ORDER, show, tag, on ) } ),
		} ),
		show.length === 0 ? h( 'p', { className: 'scholingsfactoren-help' }, __( 'You chose nothing: the block then shows the table.', 'scholingsfactoren' ) ) : null
	);

	const filters = h(
		PanelBody,
		{ title: __( 'Filters', 'scholingsfactoren' ) },
		h( RadioControl, {
			label: __( 'Which factors?', 'scholingsfactoren' ),
			selected: kind,
			options: [
				{ value: '', label: __( 'Both', 'scholingsfactoren' ) },
				{ value: 'stimulerend', label: __( 'Stimulating', 'scholingsfactoren' ) },
				{ value: 'inhiberend', label: __( 'Inhibiting', 'scholingsfactoren' ) },
			],
			onChange: ( value ) => setAttributes( { kind: value } ),
		} ),
		h( CheckboxGroup, {
			name: 'actor',
			legend: __( 'For whom?', 'scholingsfactoren' ),
			help: __( 'Choose no one to see the factors for everyone.', 'scholingsfactoren' ),
			options: ACTORS.map( ( actor ) => ( { value: actor, label: ACTOR_NAMES[ actor ] } ) ),
			chosen: actors,
			onChange: ( actor, on ) => setAttributes( { actors: toggled( ACTORS, actors, actor, on ) } ),
		} ),
		h( TextControl, {
			label: __( 'Search text', 'scholingsfactoren' ),
			help: __( 'Only factors with these words (in Dutch). May stay empty.', 'scholingsfactoren' ),
			value: query,
			onChange: ( value ) => setAttributes( { query: value } ),
		} )
	);

	const sourcePanel = h(
		PanelBody,
		{
			title:
				chosenSources.length === 0
					? __( 'Sources (all)', 'scholingsfactoren' )
					: /* translators: %d: how many sources are chosen */
					  sprintf( __( 'Sources (%d chosen)', 'scholingsfactoren' ), chosenSources.length ),
			initialOpen: chosenSources.length > 0,
		},
		h( CheckboxGroup, {
			name: 'source',
			legend: __( 'From which sources?', 'scholingsfactoren' ),
			help: __( 'Choose no source to count every source.', 'scholingsfactoren' ),
			options: sources.map( ( source ) => ( {
				value: source.id,
				/* translators: 1: a source as the table cites it, e.g. "TNO (2011)"; 2: how many factors cite it */
				label: sprintf( _n( '%1$s (%2$d factor)', '%1$s (%2$d factors)', source.factors, 'scholingsfactoren' ), source.label, source.factors ),
				description: source.title,
			} ) ),
			chosen: chosenSources,
			onChange: ( id, on ) => setAttributes( { sources: toggled( sourceIds, chosenSources, id, on ) } ),
		} )
	);

	const presentation = h(
		PanelBody,
		{ title: __( 'Presentation', 'scholingsfactoren' ) },
		h( RadioControl, {
			label: __( 'Where the elements go', 'scholingsfactoren' ),
			selected: mode,
			options: [
				{ value: 'elements', label: __( 'On the page', 'scholingsfactoren' ) },
				{ value: 'iframe', label: __( 'In a frame', 'scholingsfactoren' ) },
			],
			help:
				mode === 'iframe'
					? __( 'The elements keep their own look, in a frame exactly as tall as its content.', 'scholingsfactoren' )
					: __( 'The elements take the text size and colours of your theme.', 'scholingsfactoren' ),
			onChange: ( value ) => setAttributes( { mode: value } ),
		} ),
		h( RadioControl, {
			label: __( 'Language of buttons and headings', 'scholingsfactoren' ),
			help: __( 'The factors themselves stay Dutch.', 'scholingsfactoren' ),
			selected: lang,
			options: [
				{ value: '', label: __( 'The language of the site', 'scholingsfactoren' ) },
				{ value: 'nl', label: __( 'Dutch', 'scholingsfactoren' ) },
				{ value: 'en', label: __( 'English', 'scholingsfactoren' ) },
			],
			onChange: ( value ) => setAttributes( { lang: value } ),
		} )
	);

	return h(
		Fragment,
		null,
		h( InspectorControls, null, whatToShow, filters, sourcePanel, presentation ),
		h(
			'div',
			blockProps,
			h( ServerSideRender, {
				block: metadata.name,
				attributes,
				// The post, so that a notice about unknown values shows to whoever may edit it, as on the page.
				urlQueryArgs: context.postId ? { post_id: context.postId } : {},
			} )
		)
	);
}

registerBlockType( metadata.name, {
	edit: Edit,
	// Dynamic: the page is rendered by PHP from the stored choices.
	save: () => null,
} );
