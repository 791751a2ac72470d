"use strict";
exports.id = 331;
exports.ids = [331];
exports.modules = {

/***/ 1331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   whoami: () => (/* binding */ whoami)
/* harmony export */ });
/* harmony import */ var _connect__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1660);
/* harmony import */ var _manifest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63654);


const whoami = {
    manifest: _manifest__WEBPACK_IMPORTED_MODULE_1__/* .manifest */ .e,
    async main(ctx) {
        const { client, host } = (0,_connect__WEBPACK_IMPORTED_MODULE_0__/* .connect */ .N)(ctx);
        const me = await client.currentUser();
        ctx.logger.info(`Connected to ${host} as ${me.userName}`);
        ctx.outputs.set('user-name', me.userName);
        ctx.outputs.set('user-id', me.id);
        ctx.outputs.set('host', host);
        await ctx.summary.append(`### Databricks connection\n\nConnected to ${host} as \`${me.userName}\`.\n`);
    },
};


/***/ })

};
;